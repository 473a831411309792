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
        Decision decision =
                publication.apply(article, WorkflowAction.AUTO_PUBLISH, EditorialActor.SYSTEM, SYSTEM_ACTOR, null);
        if (!decision.allowed()) {
            throw new PublishingFailure(decision.reasonKey());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(Long id, String reason) {
        Article article = em.find(Article.class, id);
        if (article == null || article.getState() != ArticleState.SCHEDULED) {
            return;
        }
        require(publication.apply(article, WorkflowAction.FAIL_PUBLISH, EditorialActor.SYSTEM, SYSTEM_ACTOR, reason));
        article.failed(reason);
        audit.recordAs(SYSTEM_ACTOR, "article.publishFailed", "article " + id, reason);
        failureNotice.send(article, reason);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unpublishDue(Long id) {
        Article article = em.find(Article.class, id);
        if (article != null && article.getState() == ArticleState.PUBLISHED) {
            require(publication.apply(
                    article,
                    WorkflowAction.AUTO_UNPUBLISH,
                    EditorialActor.SYSTEM,
                    SYSTEM_ACTOR,
                    "unpublishAt " + article.getUnpublishAt()));
        }
    }

    /**
     * Why the article cannot go out now besides what the workflow says (the article asks it when it
     * takes the move), as a message key; null when nothing else stands in the way.
     */
    private String obstacle(Article article) {
        if (!article.getSite().isActive()) {
            return "workflow.error.siteInactive";
        }
        if (article.getUnpublishAt() != null && !article.getUnpublishAt().isAfter(clock.instant())) {
            return "workflow.error.expiredBeforePublishing";
        }
        return null;
    }

    /** The timer's other moves start from the state it has just checked: a refusal is a defect. */
    private static void require(Decision decision) {
        if (!decision.allowed()) {
            throw new IllegalStateException("The workflow refused a timer move: " + decision.reasonKey());
        }
    }

    /** A due article that cannot be published; the timer records it as failed. */
    public static class PublishingFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PublishingFailure(String reasonKey) {
            super(reasonKey);
        }
    }
}
