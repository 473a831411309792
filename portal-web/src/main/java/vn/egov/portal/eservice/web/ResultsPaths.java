package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/**
 * The public results' readable addresses: "/thu-tuc-hanh-chinh/ket-qua/" (every agency),
 * "/thu-tuc-hanh-chinh/ket-qua/co-quan/so-tu-phap" (one agency and its procedures) and
 * "/thu-tuc-hanh-chinh/ket-qua/2.000488.000.00.00.H12" (one procedure); the month is "?thang=2026-11".
 */
@ApplicationScoped
public class ResultsPaths implements PathRewrite {

    static final String BASE = "/thu-tuc-hanh-chinh/ket-qua";

    private static final String PAGE = BASE + ".xhtml";
    private static final Pattern INDEX = Pattern.compile(Pattern.quote(BASE) + "/?");
    private static final Pattern AGENCY = Pattern.compile(Pattern.quote(BASE) + "/co-quan/([a-z0-9-]{1,80})/?");
    private static final Pattern PROCEDURE = Pattern.compile(
            Pattern.quote(BASE) + "/([1-9]\\.[0-9]{6}(?:\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2})?)/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(INDEX, path, index -> PAGE)
                .or(() -> PathRewrite.matching(AGENCY, path, agency -> PAGE + "?co-quan=" + agency.group(1)))
                .or(() -> PathRewrite.matching(PROCEDURE, path, procedure -> PAGE + "?thu-tuc=" + procedure.group(1)));
    }
}
