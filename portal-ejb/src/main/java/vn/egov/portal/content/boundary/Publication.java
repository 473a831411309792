package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.control.ArticleDocuments;
import vn.egov.portal.content.control.Decision;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAction;
import vn.egov.portal.content.entity.ArticleEvent;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.SearchWithdrawal;
import vn.egov.portal.search.entity.Searchable;

/**
 * Carries out a move of the editorial workflow: the article takes it (or refuses it) by the one
 * configured workflow, and this bean adds the event on the article, the audit line, the news of a
 * first publication (royalties observe it), and a new public content version when the public can see
 * the difference.
 */
@Stateless
// Open to every caller on purpose: the workflows and scheduled publishing call it after their own checks.
@PermitAll
public class Publication {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    Event<ArticlePublished> firstPublications;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    Event<Searchable> searchable;

    @Inject
    Event<SearchWithdrawal> withdrawn;

    /**
     * The move, when the article takes it from this actor: the event, the audit line, the news of a
     * first publication and the public version. A refused move changes nothing; the decision says why.
     */
    public Decision apply(
            Article article, WorkflowAction action, EditorialActor actor, String actorName, String comment) {
        ArticleState from = article.getState();
        boolean firstPublication = article.getPublishedAt() == null;
        Decision decision = article.take(action, actor, workflow, clock.instant());
        if (!decision.allowed()) {
            return decision;
        }
        record(article, action.recordedAs(), from, actorName, comment);
        if (action.target() == ArticleState.PUBLISHED && firstPublication) {
            firstPublications.fire(new ArticlePublished(article));
        }
        if (from == ArticleState.PUBLISHED || action.target() == ArticleState.PUBLISHED) {
            publicContent.changed();
        }
        if (article.getState().isPublic()) {
            searchable.fire(ArticleDocuments.of(article, clock.getZone()));
        } else if (from.isPublic()) {
            withdrawn.fire(new SearchWithdrawal(SearchKind.ARTICLE, article.getId()));
        }
        audit.recordAs(
                actorName,
                "article." + action.name().toLowerCase(java.util.Locale.ROOT),
                "article " + article.getId(),
                from + " -> " + action.target());
        return decision;
    }

    /** An event that does not move the article: saved, screening reviewed, proposed upwards. */
    public ArticleEvent record(Article article, ArticleAction what, ArticleState from, String actor, String comment) {
        ArticleEvent event = new ArticleEvent(article, what, from, article.getState(), actor, clock.instant(), comment);
        em.persist(event);
        return event;
    }
}
