package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.platform.web.PathRewrite;

/** Readable addresses of articles ("/tin/12-tieu-de"), categories ("/chuyen-muc/thong-ke") and leaders. */
@ApplicationScoped
public class ContentPaths implements PathRewrite {

    private static final Pattern ARTICLE = Pattern.compile("/tin/(\\d{1,18})(-[a-z0-9-]*)?");
    private static final Pattern CATEGORY = Pattern.compile("/chuyen-muc/([a-z0-9-]{1,80})/?");
    private static final Pattern LEADER = Pattern.compile("/lanh-dao/([a-z0-9-]{1,120})/?");

    @Override
    public Optional<String> rewrite(String path) {
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            return Optional.of("/tin/article.xhtml?id=" + article.group(1));
        }
        Matcher category = CATEGORY.matcher(path);
        if (category.matches()) {
            return Optional.of("/chuyen-muc/category.xhtml?code=" + category.group(1));
        }
        Matcher leader = LEADER.matcher(path);
        if (leader.matches()) {
            return Optional.of("/lanh-dao/leader.xhtml?slug=" + leader.group(1));
        }
        return Optional.empty();
    }
}
