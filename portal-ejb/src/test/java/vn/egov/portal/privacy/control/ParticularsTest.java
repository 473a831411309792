package vn.egov.portal.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the particulars' rules can give exists in Vietnamese and in English. */
class ParticularsTest {

    @Test
    void everyMessageOfTheRulesIsInBothBundles() {
        Set<String> keys = new TreeSet<>();
        Stream.concat(
                        Stream.of(Particulars.class.getDeclaredFields()),
                        Stream.of(Particulars.class.getDeclaredMethods()))
                .map(AnnotatedElement.class::cast)
                .flatMap(element -> Stream.of(element.getAnnotations()))
                .flatMap(ParticularsTest::withRepeated)
                .map(ParticularsTest::message)
                .filter(message -> message != null && message.startsWith("{"))
                .forEach(message -> keys.add(message.substring(1, message.length() - 1)));

        assertThat(keys).hasSizeGreaterThan(15).contains("particulars.error.required.kind", "error.text.characters");
        for (String bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            assertThat(keys).as(bundle).allMatch(texts::containsKey);
        }
    }

    /** A repeated constraint (two {@code @Required} of different groups) hides in its container. */
    private static Stream<Annotation> withRepeated(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getDeclaredMethod("value");
            if (value.getReturnType().isArray()
                    && value.getReturnType().getComponentType().isAnnotation()) {
                return Stream.of((Annotation[]) value.invoke(annotation));
            }
        } catch (ReflectiveOperationException noContainer) {
            // an ordinary constraint
        }
        return Stream.of(annotation);
    }

    private static String message(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("message").invoke(annotation);
        } catch (ReflectiveOperationException notAConstraint) {
            return null;
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = ParticularsTest.class.getResourceAsStream("/vn/egov/portal/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
