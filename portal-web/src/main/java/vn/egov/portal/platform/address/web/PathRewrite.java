package vn.egov.portal.platform.address.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a readable public address into the page that serves it, e.g. "/tin/12-tieu-de" into
 * "/tin/article.xhtml?id=12". Features contribute their own as application-scoped beans; the routing
 * filter applies them after taking off the language and sub-portal prefixes.
 */
public interface PathRewrite {

    Optional<String> rewrite(String path);

    /** The page serving a path the pattern matches as a whole, made from the match's groups. */
    static Optional<String> matching(Pattern pattern, String path, Function<Matcher, String> page) {
        Matcher match = pattern.matcher(path);
        return match.matches() ? Optional.of(page.apply(match)) : Optional.empty();
    }
}
