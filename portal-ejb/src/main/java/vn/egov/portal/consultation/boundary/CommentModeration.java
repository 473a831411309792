package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.CommentState;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.control.QaAccess;

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
    ConsultationRegister register;

    @Inject
    Clock clock;

    /**
     * One page of the consultation's comments, newest first, with the commenters' particulars (a view
     * of sealed data, audited).
     */
    public ResultPage<Comment> list(long consultationId, PageRequest page) {
        Consultation consultation = consultation(consultationId);
        audit.record("consultation.comments.view", consultation.getSlug(), "page " + page.number());
        List<Comment> items = em.createNamedQuery(Comment.NEWEST_OF_CONSULTATION, Comment.class)
                .setParameter("consultation", consultation)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        Map<CommentState, Long> counts = counts(consultationId);
        return ResultPage.of(
                page, items, counts.values().stream().mapToLong(Long::longValue).sum());
    }

    /** How many comments are pending, published and refused (every state present, 0 when none). */
    public Map<CommentState, Long> counts(long consultationId) {
        Map<CommentState, Long> counts = new EnumMap<>(CommentState.class);
        for (CommentState state : CommentState.values()) {
            counts.put(state, 0L);
        }
        em.createNamedQuery(Comment.COUNT_BY_STATE, Object[].class)
                .setParameter("consultation", consultation(consultationId))
                .getResultList()
                .forEach(row -> counts.put((CommentState) row[0], (Long) row[1]));
        return counts;
    }

    /** Comment id → copies in its campaign group, for the comments that belong to a campaign. */
    public Map<Long, Integer> campaignCopies(long consultationId) {
        List<Comment> all = em.createNamedQuery(Comment.OF_CONSULTATION, Comment.class)
                .setParameter("consultation", consultation(consultationId))
                .getResultList();
        Map<Long, Integer> copies = new HashMap<>();
        register.groups(all).stream().filter(CommentGroup::isCampaign).forEach(group -> group.members()
                .forEach(member -> copies.put(member.getId(), group.copies())));
        return copies;
    }

    private Consultation consultation(long consultationId) {
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null) {
            throw new NotFoundException("Consultation", consultationId);
        }
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        return consultation;
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
