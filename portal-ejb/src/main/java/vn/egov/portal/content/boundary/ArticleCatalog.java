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
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.error.boundary.WithdrawnException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.entity.SearchKind;

/** What citizens and integrators may read: published articles only, newest first. */
@Stateless
@PermitAll
public class ArticleCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleSearch search;

    @Inject
    SearchEngine engine;

    /**
     * A page of published articles, newest first; with words ({@code q}), the search engine's best
     * matches first. Words past 200 characters are refused under {@code q}.
     */
    public ResultPage<ArticleCard> page(ArticleFilter filter, PageRequest page) {
        if (filter.text() != null && filter.text().length() > 200) {
            throw InvalidInputException.of("q", "api.error.query");
        }
        ArticleFilter published = new ArticleFilter(
                filter.siteSlug(),
                filter.categoryCode(),
                filter.language(),
                java.util.Set.of(ArticleState.PUBLISHED),
                null,
                null);
        if (!Text.isBlank(filter.text())) {
            return engine.rank(SearchKind.ARTICLE, filter.text(), "q")
                    .page(page, ids -> search.listIds(published, ids), ids -> search.listCards(ids), ArticleCard::id);
        }
        long total = search.count(published);
        List<ArticleCard> items =
                search.listCards(published, page.offset(), page.size(), ArticleSearch.Sort.PUBLISHED, false);
        return ResultPage.of(page, items, total);
    }

    /** The newest published articles of one category: a prepared query, it runs on every home page. */
    public List<ArticleCard> listLatest(String siteSlug, String categoryCode, Language language, int max) {
        return em.createNamedQuery(Article.LATEST_CARDS, ArticleCard.class)
                .setParameter("site", siteSlug)
                .setParameter("category", categoryCode)
                .setParameter("language", language)
                .setMaxResults(max)
                .getResultList();
    }

    /** The home page's blocks in one call (one transaction, one connection): the newest per category. */
    public Map<String, List<ArticleCard>> listLatestPerCategory(
            String siteSlug, List<String> categoryCodes, Language language, int perCategory) {
        Map<String, List<ArticleCard>> latest = new LinkedHashMap<>();
        for (String code : categoryCodes) {
            latest.put(code, listLatest(siteSlug, code, language, perCategory));
        }
        return latest;
    }

    /** Whole articles, for feeds that carry authors and update times. */
    public List<Article> listLatestArticles(String siteSlug, String categoryCode, Language language, int max) {
        return search.list(
                ArticleFilter.published(siteSlug, categoryCode, language, null),
                0,
                max,
                ArticleSearch.Sort.PUBLISHED,
                false);
    }

    public Optional<Article> findPublished(Long id) {
        return read(id).filter(found -> found.getState().isPublic());
    }

    /**
     * Read-only: served from the shared cache without a working copy, so concurrent readers of one
     * article do not queue on its cache lock; public reads never change it.
     */
    private Optional<Article> read(Long id) {
        return Optional.ofNullable(
                id == null ? null : em.find(Article.class, id, Map.of("eclipselink.read-only", "true")));
    }

    /**
     * The published article; {@link WithdrawnException} for one that was published and has been
     * unpublished or archived since, {@link NotFoundException} for anything else.
     */
    public Article getPublished(Long id) {
        Article article = read(id).orElseThrow(() -> new NotFoundException("Article", id));
        if (article.getState().isPublic()) {
            return article;
        }
        if (article.getState().isWithdrawn() && article.getPublishedAt() != null) {
            throw new WithdrawnException("Article", id);
        }
        throw new NotFoundException("Article", id);
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
