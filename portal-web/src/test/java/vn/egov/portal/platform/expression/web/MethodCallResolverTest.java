package vn.egov.portal.platform.expression.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELException;
import jakarta.el.ELManager;
import jakarta.el.StandardELContext;
import org.junit.jupiter.api.Test;

/** Page expressions give the same answers with the portal's resolver in front of the standard one. */
class MethodCallResolverTest {

    public static class Page {
        public String link(String slug, int page) {
            return "/tin/" + slug + "?trang=" + page;
        }

        public String label(String text) {
            return text == null ? "(none)" : text;
        }

        public String pick(String text) {
            return "text " + text;
        }

        public String pick(Integer number) {
            return "number " + number;
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String broken(String why) {
            throw new IllegalStateException(why);
        }
    }

    private final ELManager manager = new ELManager();
    private final MethodCallResolver resolver = new MethodCallResolver();

    MethodCallResolverTest() {
        StandardELContext context = manager.getELContext();
        context.addELResolver(resolver);
        manager.defineBean("page", new Page());
    }

    private Object eval(String expression) {
        return ELManager.getExpressionFactory()
                .createValueExpression(manager.getELContext(), expression, Object.class)
                .getValue(manager.getELContext());
    }

    @Test
    void aMethodWithArgumentsIsCalledWithTheArgumentsConverted() {
        assertThat(eval("#{page.link('ha-noi', '3')}")).isEqualTo("/tin/ha-noi?trang=3");
        assertThat(eval("#{page.link('ha-noi', 4)}")).isEqualTo("/tin/ha-noi?trang=4");
    }

    @Test
    void itAnswersTheCallItselfAndLeavesOverloadsUnresolved() {
        var context = manager.getELContext();
        assertThat(resolver.invoke(context, new Page(), "link", null, new Object[] {"hue", 2L}))
                .isEqualTo("/tin/hue?trang=2");
        assertThat(context.isPropertyResolved()).isTrue();
        context.setPropertyResolved(false);
        assertThat(resolver.invoke(context, new Page(), "pick", null, new Object[] {1}))
                .isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aNullArgumentStaysNullForAnObjectParameterAndBecomesZeroForAPrimitiveOne() {
        assertThat(eval("#{page.label(null)}")).isEqualTo("(none)");
        assertThat(eval("#{page.link('x', null)}")).isEqualTo("/tin/x?trang=0");
    }

    @Test
    void theMethodIsFoundOnceAndTheLookupIsLeftAsideForWhatItCannotTellApart() {
        assertThat(MethodCallResolver.soleMethod(Page.class, "link", 2)).isPresent();
        assertThat(MethodCallResolver.soleMethod(Page.class, "link", 1)).isEmpty();
        assertThat(MethodCallResolver.soleMethod(Page.class, "pick", 1)).isEmpty();
        assertThat(MethodCallResolver.soleMethod(Page.class, "joined", 1)).isEmpty();
        assertThat(MethodCallResolver.soleMethod(Hidden.class, "name", 0)).isEmpty();
    }

    @Test
    void overloadsAndVarargsAreStillAnsweredByTheStandardResolver() {
        assertThat(eval("#{page.pick(7)}")).isEqualTo("number 7");
        assertThat(eval("#{page.pick('bảy')}")).isEqualTo("text bảy");
        assertThat(eval("#{page.joined('a', 'b')}")).isEqualTo("a+b");
    }

    @Test
    void aFailureInsideTheMethodIsAnExpressionFailureWithItsCause() {
        assertThatThrownBy(() -> eval("#{page.broken('hỏng')}"))
                .isInstanceOf(ELException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("hỏng");
    }

    @Test
    void propertiesAreNotItsBusiness() {
        assertThat(resolver.getValue(manager.getELContext(), new Page(), "link"))
                .isNull();
        assertThat(manager.getELContext().isPropertyResolved()).isFalse();
    }

    static class Hidden {
        public String name() {
            return "hidden";
        }
    }
}
