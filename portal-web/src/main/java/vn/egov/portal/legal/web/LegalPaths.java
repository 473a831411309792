package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/**
 * The stable, ELI-style document addresses: "/van-ban/2014/1/qd-ubnd" serves the document page. The
 * address is made of the number and symbol only, so it never changes with edits.
 */
@ApplicationScoped
public class LegalPaths implements PathRewrite {

    private static final Pattern DOCUMENT = Pattern.compile("/van-ban/(\\d{4}/\\d{1,6}/[a-z0-9]+(?:-[a-z0-9]+)*)/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(DOCUMENT, path, document -> "/van-ban/document.xhtml?path=" + document.group(1));
    }
}
