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
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.boundary.NotFoundException;

/** What citizens and integrators may read: published articles only, newest first. */
@Stateless
@PermitAll
public class ArticleCatalog {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleSearch search;

    /** One page of a list, with what a client needs to page on. */
    public record Page(List<ArticleCard> items, int page, int size, long totalItems) {
        public long getTotalPages() {
            return totalItems == 0 ? 0 : (totalItems + size - 1) / size;
        }

        public boolean isHasNext() {
            return page < getTotalPages();
        }

        public boolean isHasPrevious() {
            return page > 1;
        }

        public List<ArticleCard> getItems() {
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
        List<ArticleCard> items =
                search.listCards(published, (page - 1) * size, size, ArticleSearch.Sort.PUBLISHED, false);
        return new Page(items, page, size, total);
    }

    /** The newest published articles of one category: a prepared query, it runs on every home page. */
    public List<ArticleCard> listLatest(String siteSlug, String categoryCode, String language, int max) {
        return em.createNamedQuery(Article.LATEST_CARDS, ArticleCard.class)
                .setParameter("site", siteSlug)
                .setParameter("category", categoryCode)
                .setParameter("language", language)
                .setMaxResults(max)
                .getResultList();
    }

    /** The home page's blocks in one call (one transaction, one connection): the newest per category. */
    public Map<String, List<ArticleCard>> listLatestPerCategory(
            String siteSlug, List<String> categoryCodes, String language, int perCategory) {
        Map<String, List<ArticleCard>> latest = new LinkedHashMap<>();
        for (String code : categoryCodes) {
            latest.put(code, listLatest(siteSlug, code, language, perCategory));
        }
        return latest;
    }

    /** Whole articles, for feeds that carry authors and update times. */
    public List<Article> listLatestArticles(String siteSlug, String categoryCode, String language, int max) {
        return search.list(
                ArticleFilter.published(siteSlug, categoryCode, language, null),
                0,
                max,
                ArticleSearch.Sort.PUBLISHED,
                false);
    }

    public Optional<Article> findPublished(Long id) {
        // Read-only: served from the shared cache without a working copy, so concurrent readers of one
        // article do not queue on its cache lock; public reads never change it.
        Article article = id == null ? null : em.find(Article.class, id, Map.of("eclipselink.read-only", "true"));
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
