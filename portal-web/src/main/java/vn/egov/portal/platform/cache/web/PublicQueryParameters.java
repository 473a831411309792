package vn.egov.portal.platform.cache.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query parameters a feature's public pages read, by the address they start with. A page sees
 * only these (others are hidden from it), and the portal's page cache and the shipped nginx front key
 * on them alone, so a parameter a page does not read ({@code /?x=1}, {@code /?x=2}, ...) reaches the
 * same cached copy instead of forcing a render. A feature declares its own in one bean:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class QaQueryParameters extends PublicQueryParameters {
 *     public QaQueryParameters() { at("/hoi-dap", "linh-vuc", "co-quan", "q", PageLinks.PARAMETER); }
 * }
 * }</pre>
 *
 * An address also matches under {@code /en} and under one sub-portal segment
 * ({@code /xa-dam-thuy/hoi-dap/}), and covers what lies below it. Names are plain: letters, digits and hyphens.
 */
public abstract class PublicQueryParameters {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9-]+)+");

    /** The parameters read under one address prefix, with the one expression both caches match it by. */
    public record Declaration(String prefix, List<String> names, List<String> searches) {

        public Declaration(String prefix, List<String> names) {
            this(prefix, names, List.of());
        }

        public Declaration {
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("Not an address prefix like /hoi-dap: " + prefix);
            }
            for (String name : names) {
                if (!PLAIN.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a plain parameter name: " + name);
                }
            }
            names = List.copyOf(names);
            searches = List.copyOf(searches);
            if (!names.containsAll(searches)) {
                throw new IllegalArgumentException("A search parameter is one the page reads: " + searches);
            }
        }

        /** The path expression, in the dialect Java and nginx's PCRE share. */
        public String expression() {
            return "^(/en)?(/[a-z0-9-]+)?" + prefix + "(/|$)";
        }
    }

    private final List<Declaration> declarations = new ArrayList<>();

    protected void at(String prefix, String... names) {
        declarations.add(new Declaration(prefix, List.of(names)));
    }

    /**
     * A page whose {@code search} parameter takes free text: every new text is a render, so such
     * requests are bounded per client address instead ({@code guard/web/SearchRateLimit}).
     */
    protected void searchAt(String prefix, String search, String... otherNames) {
        List<String> names = new ArrayList<>(List.of(search));
        names.addAll(List.of(otherNames));
        declarations.add(new Declaration(prefix, names, List.of(search)));
    }

    public List<Declaration> declarations() {
        return List.copyOf(declarations);
    }
}
