package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.address.web.PathRewrite;

/** Readable addresses of published answers: "/hoi-dap/12-dang-ky-khai-sinh" serves answer 12. */
@ApplicationScoped
public class QaPaths implements PathRewrite {

    private static final Pattern ANSWER = Pattern.compile("/hoi-dap/(\\d{1,18})(-[a-z0-9-]*)?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(ANSWER, path, answer -> "/hoi-dap/cau-hoi.xhtml?id=" + answer.group(1));
    }

    /** The readable path of a published answer: its id and its title as a slug. */
    public static String pathOf(long id, String title) {
        String slug;
        try {
            slug = Slug.fromTitle(title).value();
        } catch (IllegalArgumentException noLetters) {
            slug = "";
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return "/hoi-dap/" + id + (slug.isEmpty() ? "" : "-" + slug);
    }
}
