package vn.egov.portal.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/** "/thong-ke/bao-cao/{id}" serves the published statistics of report {@code id}. */
@ApplicationScoped
public class ReportPaths implements PathRewrite {

    private static final Pattern REPORT = Pattern.compile("/thong-ke/bao-cao/(\\d{1,18})/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(REPORT, path, found -> "/thong-ke/bao-cao/report.xhtml?id=" + found.group(1));
    }
}
