package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/**
 * The online application for a procedure lives below the procedure's own address:
 * "/thu-tuc-hanh-chinh/2.000488.000.00.00.H12/nop-ho-so" (choose individual or organisation), then
 * ".../nop-ho-so/ca-nhan" or ".../nop-ho-so/to-chuc" (the form). No query string: the form posts
 * back to the same address, and the receipt's code and secret never appear in any address.
 */
@ApplicationScoped
public class ApplyPaths implements PathRewrite {

    static final String INDIVIDUAL = "ca-nhan";
    static final String ORGANISATION = "to-chuc";

    private static final Pattern APPLY = Pattern.compile(
            "/thu-tuc-hanh-chinh/([1-9]\\.[0-9]{6}(?:\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2})?)/nop-ho-so"
                    + "(?:/(" + INDIVIDUAL + "|" + ORGANISATION + "))?/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(
                APPLY,
                path,
                apply -> "/thu-tuc-hanh-chinh/nop-ho-so.xhtml?code=" + apply.group(1)
                        + (apply.group(2) == null ? "" : "&kind=" + apply.group(2)));
    }

    /** The address of the form for {@code procedure}, for {@code kind} (null: the choice first). */
    public static String of(String procedure, String kind) {
        return "/thu-tuc-hanh-chinh/" + procedure + "/nop-ho-so" + (kind == null ? "" : "/" + kind);
    }
}
