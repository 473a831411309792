package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.consultation.control.ConsultationDocuments;
import vn.egov.portal.consultation.control.SummaryFiles;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.CommentState;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.search.entity.Searchable;

/**
 * The summary of responses: once the period is closed the lead agency answers each published comment
 * or campaign (one answer for a group covers all its copies), then publishes the summary, which moves
 * the consultation to SUMMARISED; after that the answers no longer change.
 */
@Stateless
@RolesAllowed({Roles.AGENCY_ANSWERER, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF})
public class ConsultationAnswers {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaAccess access;

    @Inject
    ConsultationRegister register;

    @Inject
    InputCheck inputs;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    AuditTrail audit;

    @Inject
    SummaryFiles summaryFiles;

    @Inject
    Clock clock;

    @Inject
    Event<Searchable> searchable;

    /** The published comments grouped as the summary answers them: by part, campaigns together. */
    public List<CommentGroup> groups(long consultationId) {
        Consultation consultation = find(consultationId);
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        return register.groups(register.publishedComments(consultation));
    }

    /**
     * Answers the comment's group (the comment alone, or every copy of its campaign); a second
     * answer replaces the first. Only while the consultation is closed and its summary unpublished.
     */
    public CommentGroup answer(long commentId, AnswerForm form) {
        inputs.require(form);
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.getState() != CommentState.PUBLISHED) {
            throw new NotFoundException("Comment", commentId);
        }
        Consultation consultation = comment.getConsultation();
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        requireClosed(consultation);
        CommentGroup group = register.groups(register.publishedComments(consultation)).stream()
                .filter(candidate -> candidate.members().contains(comment))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
        Instant now = clock.instant();
        String by = access.requireAccount().getUsername();
        String explanation = Text.nfc(form.explanation()).strip();
        group.members().forEach(member -> member.answer(form.verdict(), explanation, now, by));
        audit.record("consultation.answer", "comment " + commentId, group.copies() + " copies");
        return group;
    }

    /**
     * Publishes the summary, with its files (PDF, ODT, CSV) generated and kept: every group must have
     * its answer (409 otherwise).
     */
    public Consultation publishSummary(long consultationId) {
        Consultation consultation = find(consultationId);
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        requireClosed(consultation);
        boolean unanswered = register.publishedComments(consultation).stream().anyMatch(c -> !c.isAnswered());
        if (unanswered) {
            throw new ConflictException("consultation.error.unanswered", "Comments without an answer remain");
        }
        consultation.moveTo(ConsultationState.SUMMARISED, clock.instant());
        summaryFiles.publish(consultation, register.summary(consultation));
        publicContent.changed();
        searchable.fire(ConsultationDocuments.of(consultation, clock.getZone()));
        audit.record("consultation.summarised", consultation.getSlug(), null);
        return consultation;
    }

    private static void requireClosed(Consultation consultation) {
        if (consultation.getState() != ConsultationState.CLOSED) {
            throw new ConflictException(
                    "consultation.error.answerState", "Answers are given while closed, not " + consultation.getState());
        }
    }

    private Consultation find(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new NotFoundException("Consultation", id);
        }
        return consultation;
    }
}
