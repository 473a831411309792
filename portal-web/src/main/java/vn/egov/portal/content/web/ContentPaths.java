package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/** Readable addresses of articles ("/tin/12-tieu-de") and categories ("/chuyen-muc/thong-ke"). */
@ApplicationScoped
public class ContentPaths implements PathRewrite {

    private static final Pattern ARTICLE = Pattern.compile("/tin/(\\d{1,18})(-[a-z0-9-]*)?");
    private static final Pattern CATEGORY = Pattern.compile("/chuyen-muc/([a-z0-9-]{1,80})/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(ARTICLE, path, article -> "/tin/article.xhtml?id=" + article.group(1))
                .or(() -> PathRewrite.matching(
                        CATEGORY, path, category -> "/chuyen-muc/category.xhtml?code=" + category.group(1)));
    }
}
