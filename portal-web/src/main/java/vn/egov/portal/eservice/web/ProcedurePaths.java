package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/** A procedure's stable address is its national code: "/thu-tuc-hanh-chinh/1.001193.000.00.00.H12". */
@ApplicationScoped
public class ProcedurePaths implements PathRewrite {

    private static final Pattern PROCEDURE = Pattern.compile(
            "/thu-tuc-hanh-chinh/([1-9]\\.[0-9]{6}(?:\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2})?)/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(
                PROCEDURE, path, procedure -> "/thu-tuc-hanh-chinh/procedure.xhtml?code=" + procedure.group(1));
    }
}
