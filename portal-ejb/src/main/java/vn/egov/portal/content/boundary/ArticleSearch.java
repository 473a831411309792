package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.platform.i18n.control.Text;

/** Criteria queries behind every article list: all values bound as parameters, never concatenated. */
@Stateless
// Open to every caller on purpose: the public lists and the guarded editorial queries build on it.
@PermitAll
public class ArticleSearch {

    @PersistenceContext
    EntityManager em;

    /** A sort the console may ask for; anything else falls back to the newest first. */
    public enum Sort {
        UPDATED,
        PUBLISHED,
        TITLE,
        STATE
    }

    public List<Article> list(ArticleFilter filter, int first, int max, Sort sort, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Article> query = cb.createQuery(Article.class);
        Root<Article> article = query.from(Article.class);
        query.select(article).where(predicates(cb, article, filter)).orderBy(order(cb, article, sort, ascending));
        TypedQuery<Article> typed = em.createQuery(query).setFirstResult(first).setMaxResults(max);
        return typed.getResultList();
    }

    /** The same list as projections, for public pages and the API. */
    public List<ArticleCard> listCards(ArticleFilter filter, int first, int max, Sort sort, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ArticleCard> query = cb.createQuery(ArticleCard.class);
        Root<Article> article = query.from(Article.class);
        query.select(card(cb, article))
                .where(predicates(cb, article, filter))
                .orderBy(order(cb, article, sort, ascending));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The cards of the given articles, in any order (a page the search engine ranked). */
    public List<ArticleCard> listCards(Collection<Long> ids) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ArticleCard> query = cb.createQuery(ArticleCard.class);
        Root<Article> article = query.from(Article.class);
        query.select(card(cb, article)).where(article.get("id").in(ids));
        return em.createQuery(query).getResultList();
    }

    /** Those of the given articles that the filter keeps, in any order. */
    public List<Long> listIds(ArticleFilter filter, Collection<Long> ids) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Article> article = query.from(Article.class);
        Predicate[] where = predicates(cb, article, filter);
        Predicate[] within = Arrays.copyOf(where, where.length + 1);
        within[where.length] = article.get("id").in(ids);
        query.select(article.get("id")).where(within);
        return em.createQuery(query).getResultList();
    }

    private static CompoundSelection<ArticleCard> card(CriteriaBuilder cb, Root<Article> article) {
        return cb.construct(
                ArticleCard.class,
                article.get("id"),
                article.get("slug"),
                article.get("title"),
                article.get("summary"),
                article.get("publishedAt"),
                article.get("site").get("slug"),
                article.get("category").get("code"),
                article.get("language"),
                article.get("coverToken"),
                article.get("coverAlt"));
    }

    public long count(ArticleFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Article> article = query.from(Article.class);
        query.select(cb.count(article)).where(predicates(cb, article, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Article> article, ArticleFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.siteSlug() != null) {
            where.add(cb.equal(article.get("site").get("slug"), filter.siteSlug()));
        }
        if (filter.categoryCode() != null) {
            where.add(cb.equal(article.get("category").get("code"), filter.categoryCode()));
        }
        if (filter.language() != null) {
            where.add(cb.equal(article.get("language"), filter.language()));
        }
        if (filter.states() != null && !filter.states().isEmpty()) {
            where.add(article.get("state").in(filter.states()));
        }
        if (filter.createdBy() != null) {
            where.add(cb.equal(article.get("createdBy"), filter.createdBy()));
        }
        String text = Text.clean(filter.text());
        if (text != null) {
            String pattern = "%"
                    + Text.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(article.get("searchText"), pattern, '\\'));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Article> article, Sort sort, boolean ascending) {
        String field =
                switch (sort == null ? Sort.UPDATED : sort) {
                    case PUBLISHED -> "publishedAt";
                    case TITLE -> "title";
                    case STATE -> "state";
                    case UPDATED -> "updatedAt";
                };
        Order primary = ascending ? cb.asc(article.get(field)) : cb.desc(article.get(field));
        return List.of(primary, cb.desc(article.get("id")));
    }
}
