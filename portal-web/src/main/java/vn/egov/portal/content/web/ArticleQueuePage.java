package vn.egov.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.egov.portal.content.boundary.ArticleFilter;
import vn.egov.portal.content.boundary.ArticleSearch;
import vn.egov.portal.content.boundary.EditorialQueries;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.site.entity.Site;

/**
 * The review queues: articles of one of the official's sites, by state, loaded a page at a time,
 * filterable by title and sortable.
 */
@Named
@ViewScoped
public class ArticleQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditorialQueries queries;

    private List<Site> sites;
    private String siteSlug;
    private ArticleState state;
    private final Queue model = new Queue();

    @PostConstruct
    void init() {
        sites = queries.listMySites();
        siteSlug = sites.isEmpty() ? null : sites.get(0).getSlug();
        String asked = PublicPages.param("state");
        state = asked == null
                ? null
                : EnumSet.allOf(ArticleState.class).stream()
                        .filter(s -> s.name().equals(asked))
                        .findFirst()
                        .orElse(null);
    }

    public List<Site> getSites() {
        return sites;
    }

    public ArticleState[] getStates() {
        return ArticleState.values();
    }

    public LazyDataModel<Article> getModel() {
        return model;
    }

    public String getSiteSlug() {
        return siteSlug;
    }

    public void setSiteSlug(String siteSlug) {
        this.siteSlug = siteSlug;
    }

    public ArticleState getState() {
        return state;
    }

    public void setState(ArticleState state) {
        this.state = state;
    }

    /** Counts per state for the tabs above the table. */
    public long count(ArticleState which) {
        return siteSlug == null ? 0 : queries.count(new ArticleFilter(siteSlug, null, null, Set.of(which), null, null));
    }

    private ArticleFilter filter(Map<String, FilterMeta> filters) {
        FilterMeta title = filters.get("title");
        String text = title == null || title.getFilterValue() == null
                ? null
                : title.getFilterValue().toString();
        FilterMeta category = filters.get("category.code");
        String code = category == null || category.getFilterValue() == null
                ? null
                : category.getFilterValue().toString();
        return new ArticleFilter(siteSlug, code, null, state == null ? null : Set.of(state), text, null);
    }

    /** Loads one page from the boundary; nothing else is held in memory. */
    private final class Queue extends LazyDataModel<Article> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return siteSlug == null ? 0 : (int) queries.count(filter(filterBy));
        }

        @Override
        public List<Article> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (siteSlug == null) {
                return List.of();
            }
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            ArticleSearch.Sort field = sort == null
                    ? ArticleSearch.Sort.UPDATED
                    : switch (sort.getField()) {
                        case "title" -> ArticleSearch.Sort.TITLE;
                        case "state" -> ArticleSearch.Sort.STATE;
                        case "publishedAt" -> ArticleSearch.Sort.PUBLISHED;
                        default -> ArticleSearch.Sort.UPDATED;
                    };
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return queries.list(filter(filterBy), first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(Article article) {
            return String.valueOf(article.getId());
        }
    }
}
