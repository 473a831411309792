package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.control.Decision;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleState;

/**
 * The timer's work, one article per transaction: publish what is due, take down what expired. A
 * publication that cannot happen ends in the PUBLISH_FAILED state with its reason, in the board's
 * queue and in the audit trail, never silently (the lesson of GOV.UK's failed_to_publish).
 */
@Stateless
// Open to every caller on purpose: the publishing timer calls it without a caller.
@PermitAll
public class ScheduledPublishing {

    public static final String SYSTEM_ACTOR = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Publication publication;

    @Inject
    AuditTrail audit;

    @Inject
    PublicationFailureNotice failureNotice;

    @Inject
    Clock clock;

    public List<Long> listDueForPublishing(Instant now) {
        return em
                .createNamedQuery(Article.DUE_FOR_PUBLISHING, Article.class)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .map(Article::getId)
                .toList();
    }

    public List<Long> listDueForUnpublishing(Instant now) {
        return em
                .createNamedQuery(Article.DUE_FOR_UNPUBLISHING, Article.class)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .map(Article::getId)
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publishDue(Long id) {
        Article article = em.find(Article.class, id);
        if (article == null || article.getState() != ArticleState.SCHEDULED) {
            return;
        }
        String problem = obstacle(article);
        if (problem != null) {
            throw new PublishingFailure(problem);
        }
        publication.apply(article, WorkflowAction.AUTO_PUBLISH, SYSTEM_ACTOR, null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(Long id, String reason) {
        Article article = em.find(Article.class, id);
        if (article == null || article.getState() != ArticleState.SCHEDULED) {
            return;
        }
        publication.apply(article, WorkflowAction.FAIL_PUBLISH, SYSTEM_ACTOR, reason);
        article.failed(reason);
        audit.recordAs(SYSTEM_ACTOR, "article.publishFailed", "article " + id, reason);
        failureNotice.send(article, reason);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unpublishDue(Long id) {
        Article article = em.find(Article.class, id);
        if (article != null && article.getState() == ArticleState.PUBLISHED) {
            publication.apply(
                    article, WorkflowAction.AUTO_UNPUBLISH, SYSTEM_ACTOR, "unpublishAt " + article.getUnpublishAt());
        }
    }

    /** Why the article cannot go out now, as a message key; null when nothing stands in the way. */
    private String obstacle(Article article) {
        Decision decision = new EditorialWorkflow(false)
                .decide(
                        WorkflowAction.AUTO_PUBLISH,
                        article.getState(),
                        EditorialActor.SYSTEM,
                        article.hasUnreviewedHits());
        if (!decision.allowed()) {
            return decision.reasonKey();
        }
        if (!article.getSite().isActive()) {
            return "workflow.error.siteInactive";
        }
        if (article.getUnpublishAt() != null && !article.getUnpublishAt().isAfter(clock.instant())) {
            return "workflow.error.expiredBeforePublishing";
        }
        return null;
    }

    /** A due article that cannot be published; the timer records it as failed. */
    public static class PublishingFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PublishingFailure(String reasonKey) {
            super(reasonKey);
        }
    }
}
