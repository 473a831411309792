package vn.egov.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.entity.ArticleCard;
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
    public record Block(Category category, ArticleCard lead, List<ArticleCard> more) {
        public Category getCategory() {
            return category;
        }

        public ArticleCard getLead() {
            return lead;
        }

        public List<ArticleCard> getMore() {
            return more;
        }
    }

    public List<Block> getBlocks() {
        if (blocks == null) {
            List<Category> categories = portal.getCategories();
            Map<String, List<ArticleCard>> latest = catalog.listLatestPerCategory(
                    portal.getSite().getSlug(),
                    categories.stream().map(Category::getCode).toList(),
                    locale.getLanguage(),
                    PER_CATEGORY);
            blocks = new ArrayList<>();
            for (Category category : categories) {
                List<ArticleCard> cards = latest.getOrDefault(category.getCode(), List.of());
                if (!cards.isEmpty()) {
                    blocks.add(new Block(category, cards.get(0), cards.subList(1, cards.size())));
                }
            }
        }
        return blocks;
    }
}
