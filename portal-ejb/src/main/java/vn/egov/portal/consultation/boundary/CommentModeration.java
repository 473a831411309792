package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.CommentState;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.security.entity.Roles;

/** The lead agency moderates its consultation's comments: publish, or refuse with a reason. */
@Stateless
@RolesAllowed({Roles.AGENCY_ANSWERER, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF})
public class CommentModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaAccess access;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every comment of the consultation with the commenter's particulars (a view of sealed data, audited). */
    public List<Comment> list(long consultationId) {
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null) {
            throw new NotFoundException("Consultation", consultationId);
        }
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        audit.record("consultation.comments.view", consultation.getSlug(), null);
        return em.createNamedQuery(Comment.OF_CONSULTATION, Comment.class)
                .setParameter("consultation", consultation)
                .getResultList();
    }

    public Comment publish(long commentId) {
        Comment comment = moderated(commentId, CommentState.PUBLISHED);
        comment.publish(clock.instant(), access.requireAccount().getUsername());
        return done(comment, "consultation.comment.publish");
    }

    public Comment refuse(long commentId, String reason) {
        if (Text.isBlank(reason) || reason.length() > 1000) {
            throw InvalidInputException.of("reason", "consultation.error.refusal");
        }
        Comment comment = moderated(commentId, CommentState.REFUSED);
        comment.refuse(
                Text.clean(reason), clock.instant(), access.requireAccount().getUsername());
        return done(comment, "consultation.comment.refuse");
    }

    private Comment moderated(long commentId, CommentState target) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new NotFoundException("Comment", commentId);
        }
        access.requireBoardOrAnswerer(comment.getConsultation().getLeadAgency());
        if (comment.getState() == CommentState.REFUSED || comment.getState() == target) {
            throw new ConflictException("consultation.error.moderated", "The comment is " + comment.getState());
        }
        return comment;
    }

    private Comment done(Comment comment, String action) {
        publicContent.changed();
        audit.record(action, "comment " + comment.getId(), null);
        return comment;
    }
}
