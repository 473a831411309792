package vn.egov.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.web.PortalView;

/**
 * The home page's news: the newest article of all as the lead story, then per category the newest
 * other article as a card (with its picture) and the next ones as links.
 */
@Named
@RequestScoped
public class TopNews {

    private static final int PER_CATEGORY = 4;

    @Inject
    LatestNews news;

    @Inject
    PortalView portal;

    @Inject
    PortalLocale locale;

    private List<Block> blocks;
    private ArticleCard leadStory;

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
            Map<String, List<ArticleCard>> latest = news.perCategory(
                    portal.getSite().getSlug(),
                    categories.stream().map(Category::getCode).toList(),
                    locale.current(),
                    PER_CATEGORY);
            leadStory = latest.values().stream()
                    .filter(cards -> !cards.isEmpty())
                    .map(cards -> cards.get(0))
                    .max(Comparator.comparing(ArticleCard::getPublishedAt).thenComparing(ArticleCard::getId))
                    .orElse(null);
            blocks = new ArrayList<>();
            for (Category category : categories) {
                List<ArticleCard> cards = new ArrayList<>(latest.getOrDefault(category.getCode(), List.of()));
                // The lead story is shown once, above the blocks.
                cards.remove(leadStory);
                if (!cards.isEmpty()) {
                    blocks.add(new Block(category, cards.get(0), cards.subList(1, cards.size())));
                }
            }
        }
        return blocks;
    }

    /** The newest article of the portal in this language, or null when there is none. */
    public ArticleCard getLeadStory() {
        getBlocks();
        return leadStory;
    }

    /** The category of the lead story, named above its title. */
    public Category getLeadCategory() {
        ArticleCard lead = getLeadStory();
        return lead == null
                ? null
                : portal.getCategories().stream()
                        .filter(category -> category.getCode().equals(lead.getCategoryCode()))
                        .findFirst()
                        .orElse(null);
    }
}
