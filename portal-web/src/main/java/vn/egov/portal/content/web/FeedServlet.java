package vn.egov.portal.content.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.platform.discovery.control.FeedWriter;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.web.PortalView;
import vn.egov.portal.site.web.PublicStructure;

/**
 * Atom (/feed/{category}.atom) and RSS 2.0 (/feed/{category}.rss) of a category's latest published
 * articles on the current portal and language; every entry carries the reuse notice of Article 7.3.
 * The public page cache keeps feeds like pages.
 */
@WebServlet(urlPatterns = "/feed/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,80})\\.(atom|rss)");
    private static final int ENTRIES = 20;

    @Inject
    ArticleCatalog catalog;

    @Inject
    PublicStructure structure;

    /** The current portal and the one builder of full public addresses (portal.public-url or the request's). */
    @Inject
    PortalView portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Category> category = path.matches() ? structure.findCategory(path.group(1)) : Optional.empty();
        if (category.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = PortalLocale.languageOf(request);
        Site site = portal.getSite();
        List<Article> articles =
                catalog.listLatestArticles(site.getSlug(), category.get().getCode(), language, ENTRIES);
        String base = portal.absolute("");
        Locale locale = language.locale();
        FeedWriter.Channel channel = new FeedWriter.Channel(
                site.getName().in(locale) + " – " + category.get().getName().in(locale),
                base + "/chuyen-muc/" + category.get().getCode(),
                base + request.getServletPath() + request.getPathInfo(),
                site.getAttribution() == null ? "" : site.getAttribution().in(locale),
                language.code(),
                site.getName().in(locale));
        List<FeedWriter.Entry> entries =
                articles.stream().map(article -> entryOf(article, base)).toList();
        boolean atom = "atom".equals(path.group(2));
        response.setContentType((atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
        try {
            byte[] xml = atom ? FeedWriter.atom(channel, entries) : FeedWriter.rss(channel, entries);
            response.setContentLength(xml.length);
            response.getOutputStream().write(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the feed", e);
        }
    }

    private static FeedWriter.Entry entryOf(Article article, String base) {
        return new FeedWriter.Entry(
                article.getTitle(),
                base + article.getPath(),
                article.getPublishedAt(),
                article.getUpdatedAt(),
                article.getAuthors().stream().map(author -> author.getName()).toList(),
                article.getSummary(),
                null);
    }
}
