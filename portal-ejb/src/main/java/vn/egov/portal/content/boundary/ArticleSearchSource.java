package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.egov.portal.content.control.ArticleDocuments;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.search.boundary.SearchSource;
import vn.egov.portal.search.boundary.SourcePage;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/** The published articles, for the rebuild of the search index. */
@Stateless
@PermitAll // Only what the public already sees.
public class ArticleSearchSource implements SearchSource {

    private static final List<ArticleState> PUBLIC =
            Arrays.stream(ArticleState.values()).filter(ArticleState::isPublic).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public SearchKind kind() {
        return SearchKind.ARTICLE;
    }

    @Override
    public List<Searchable> after(long afterId, int max) {
        return SourcePage.of(
                em.createQuery(
                                "select a from Article a where a.id > :after and a.state in :public order by a.id",
                                Article.class)
                        .setParameter("public", PUBLIC),
                afterId,
                max,
                article -> ArticleDocuments.of(article, clock.getZone()));
    }
}
