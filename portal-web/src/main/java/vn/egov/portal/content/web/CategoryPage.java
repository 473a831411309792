package vn.egov.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.boundary.ArticleFilter;
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.web.PageLinks;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.web.PortalView;
import vn.egov.portal.site.web.PublicStructure;

/** One category's published articles on the current portal, newest first, twelve to a page. */
@Named
@RequestScoped
public class CategoryPage {

    static final int PAGE_SIZE = 12;

    /** Set when a reader came from an article that has no version in this page's language. */
    private static final String UNTRANSLATED = "ban-dich";

    @Inject
    ArticleCatalog catalog;

    @Inject
    PublicStructure structure;

    @Inject
    PortalView portal;

    @Inject
    PortalLocale locale;

    @Inject
    HttpServletRequest request;

    private Category category;
    private PageLinks<ArticleCard> pages;

    public void load() {
        String code = PublicPages.param("code");
        category = code == null ? null : structure.findCategory(code).orElse(null);
        if (category == null) {
            PublicPages.notFound();
            return;
        }
        ArticleFilter filter =
                ArticleFilter.published(portal.getSite().getSlug(), category.getCode(), locale.current(), null);
        pages = PageLinks.around(catalog.page(filter, PageLinks.requested(request, PAGE_SIZE)), request);
        if (isUntranslated()) {
            // The notice is about the way here; the same category in the other language needs none.
            locale.useAlternateLink(locale.getAlternateLink().replaceFirst("\\?.*$", ""));
        }
    }

    /** A category's path, telling the reader that the article they came from is not in this language. */
    static String untranslatedPath(Category category) {
        return "/chuyen-muc/" + category.getCode() + "?" + UNTRANSLATED + "=khong";
    }

    public boolean isUntranslated() {
        return "khong".equals(PublicPages.param(UNTRANSLATED));
    }

    public Category getCategory() {
        return category;
    }

    public ResultPage<ArticleCard> getPage() {
        return pages.getResult();
    }

    public PageLinks<ArticleCard> getPages() {
        return pages;
    }

    public String getFeedLink() {
        return portal.link("/feed/" + category.getCode() + ".atom");
    }
}
