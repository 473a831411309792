package vn.egov.portal.platform.address.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a readable public address into the page that serves it, e.g. "/tin/12-tieu-de" into
 * "/tin/article.xhtml?id=12". Features contribute their own as application-scoped beans; the routing
 * filter applies them after taking off the language and sub-portal prefixes. An address that moved
 * for good names its new one ({@link #movedTo}), which the routing filter answers with a 301 so that
 * bookmarks keep working.
 */
public interface PathRewrite {

    Optional<String> rewrite(String path);

    /** The address that replaced this one for good, if it moved (the path as asked, without the query). */
    default Optional<String> movedTo(String path) {
        return Optional.empty();
    }

    /** The page serving a path the pattern matches as a whole, made from the match's groups. */
    static Optional<String> matching(Pattern pattern, String path, Function<Matcher, String> page) {
        Matcher match = pattern.matcher(path);
        return match.matches() ? Optional.of(page.apply(match)) : Optional.empty();
    }
}
