package vn.egov.portal.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/** "/tim-kiem", with or without the slash, is the results page; the header's form sends its words there. */
@ApplicationScoped
public class SearchPaths implements PathRewrite {

    private static final Pattern RESULTS = Pattern.compile("/tim-kiem/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(RESULTS, path, results -> "/tim-kiem.xhtml");
    }
}
