package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.boundary.NotFoundException;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Category;

/** What citizens and integrators may read: published articles only, newest first. */
@Stateless
@PermitAll
public class ArticleCatalog {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleSearch search;

    @Inject
    SiteDirectory directory;

    /** One page of a list, with what a client needs to page on. */
    public record Page(List<Article> items, int page, int size, long totalItems) {
        public long getTotalPages() {
            return totalItems == 0 ? 0 : (totalItems + size - 1) / size;
        }

        public boolean isHasNext() {
            return page < getTotalPages();
        }

        public boolean isHasPrevious() {
            return page > 1;
        }

        public List<Article> getItems() {
            return items;
        }

        public int getPage() {
            return page;
        }
    }

    /** Pages count from 1. Out-of-range paging is refused with the field, as every bad input is. */
    public Page page(ArticleFilter filter, int page, int size) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (page < 1) {
            errors.put("page", "api.error.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.put("size", "api.error.size");
        }
        if (filter.text() != null && filter.text().length() > 200) {
            errors.put("q", "api.error.query");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ArticleFilter published = new ArticleFilter(
                filter.siteSlug(),
                filter.categoryCode(),
                filter.language(),
                java.util.Set.of(ArticleState.PUBLISHED),
                filter.text(),
                null);
        long total = search.count(published);
        List<Article> items = search.list(published, (page - 1) * size, size, ArticleSearch.Sort.PUBLISHED, false);
        return new Page(items, page, size, total);
    }

    public List<Article> listLatest(String siteSlug, String categoryCode, String language, int max) {
        return search.list(
                ArticleFilter.published(siteSlug, categoryCode, language, null),
                0,
                max,
                ArticleSearch.Sort.PUBLISHED,
                false);
    }

    /** The home page's blocks: for each category with news, its latest articles. */
    public Map<Category, List<Article>> listTopPerCategory(String siteSlug, String language, int perCategory) {
        Map<Category, List<Article>> top = new LinkedHashMap<>();
        for (Category category : directory.listCategories()) {
            List<Article> latest = listLatest(siteSlug, category.getCode(), language, perCategory);
            if (!latest.isEmpty()) {
                top.put(category, latest);
            }
        }
        return top;
    }

    public Optional<Article> findPublished(Long id) {
        Article article = id == null ? null : em.find(Article.class, id);
        return Optional.ofNullable(article).filter(found -> found.getState().isPublic());
    }

    public Article getPublished(Long id) {
        return findPublished(id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    /** The published versions of the same article in other languages. */
    public List<Article> listTranslations(Article article) {
        Long original = article.getTranslationOf() == null
                ? article.getId()
                : article.getTranslationOf().getId();
        return em
                .createNamedQuery(Article.TRANSLATIONS, Article.class)
                .setParameter("original", original)
                .getResultList()
                .stream()
                .filter(other -> !other.getId().equals(article.getId())
                        && other.getState().isPublic())
                .toList();
    }
}
