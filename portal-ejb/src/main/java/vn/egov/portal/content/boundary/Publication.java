package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleEvent;
import vn.egov.portal.content.entity.ArticleState;
import vn.egov.portal.platform.boundary.PublicContentVersion;
import vn.egov.portal.royalty.boundary.RoyaltyLedger;

/**
 * Carries out a move the workflow allowed: the new state, the event on the article, the audit line,
 * royalties at the first publication, and a new public content version when the public can see the
 * difference. Callers decide; this bean only records.
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
    RoyaltyLedger royalties;

    @Inject
    Clock clock;

    public ArticleEvent apply(Article article, WorkflowAction action, String actor, String comment) {
        ArticleState from = article.getState();
        boolean firstPublication = article.getPublishedAt() == null;
        article.enter(action.target(), clock.instant());
        ArticleEvent event = record(article, action.name(), from, actor, comment);
        if (action.target() == ArticleState.PUBLISHED && firstPublication) {
            royalties.recordPublication(article);
        }
        if (from == ArticleState.PUBLISHED || action.target() == ArticleState.PUBLISHED) {
            publicContent.changed();
        }
        audit.recordAs(
                actor,
                "article." + action.name().toLowerCase(java.util.Locale.ROOT),
                "article " + article.getId(),
                from + " -> " + action.target());
        return event;
    }

    /** An event that does not move the article: saved, screening reviewed, proposed upwards. */
    public ArticleEvent record(Article article, String what, ArticleState from, String actor, String comment) {
        ArticleEvent event = new ArticleEvent(article, what, from, article.getState(), actor, clock.instant(), comment);
        em.persist(event);
        return event;
    }
}
