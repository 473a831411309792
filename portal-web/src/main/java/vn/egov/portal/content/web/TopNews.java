package vn.egov.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.platform.web.PortalLocale;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.web.PortalView;

/** The home page's news: per category, the newest article as a lead and the next ones as links. */
@Named
@RequestScoped
public class TopNews {

    private static final int PER_CATEGORY = 4;

    @Inject
    ArticleCatalog catalog;

    @Inject
    PortalView portal;

    @Inject
    PortalLocale locale;

    private List<Block> blocks;

    /** One category's block. */
    public record Block(Category category, Article lead, List<Article> more) {
        public Category getCategory() {
            return category;
        }

        public Article getLead() {
            return lead;
        }

        public List<Article> getMore() {
            return more;
        }
    }

    public List<Block> getBlocks() {
        if (blocks == null) {
            java.util.Set<String> shown =
                    portal.getCategories().stream().map(Category::getCode).collect(java.util.stream.Collectors.toSet());
            blocks =
                    catalog
                            .listTopPerCategory(portal.getSite().getSlug(), locale.getLanguage(), PER_CATEGORY)
                            .entrySet()
                            .stream()
                            .filter(entry -> shown.contains(entry.getKey().getCode()))
                            .map(entry -> new Block(
                                    entry.getKey(),
                                    entry.getValue().get(0),
                                    entry.getValue().subList(1, entry.getValue().size())))
                            .toList();
        }
        return blocks;
    }
}
