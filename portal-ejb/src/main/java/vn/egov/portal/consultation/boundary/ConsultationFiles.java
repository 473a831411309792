package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.ConsultationFile;
import vn.egov.portal.consultation.entity.ConsultationState;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.qa.control.QaAccess;

/**
 * The files of consultations: the draft as files, which the agency adds while drafting and anyone
 * downloads once it is opened, and the commenters' files, sealed, which only the lead agency's
 * officials open (each opening audited).
 */
@Stateless
@RolesAllowed({Roles.AGENCY_ANSWERER, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF})
public class ConsultationFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaAccess access;

    @Inject
    FileStore files;

    @Inject
    ConsultationSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Adds the draft as a file (checked by content; a refusal is a 400 on "file"), while it is a draft. */
    public ConsultationFile attachDraft(long consultationId, String fileName, InputStream content) {
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null) {
            throw new NotFoundException("Consultation", consultationId);
        }
        access.requireBoardOrAnswerer(consultation.getLeadAgency());
        if (consultation.getState() != ConsultationState.DRAFT) {
            throw new ConflictException("consultation.error.notDraft", "Files are added to a draft only");
        }
        ConsultationFile file =
                consultation.attach(files.store(settings.draftFileRules(), fileName, content), clock.instant());
        em.flush();
        audit.record(
                "consultation.file", consultation.getSlug(), file.getStored().getFileName());
        return file;
    }

    /** A draft file of an opened consultation: public, never one of a draft still in preparation. */
    // Anyone may download the draft once it is put out for comment.
    @PermitAll
    public StoredFile openDraftFile(long fileId) {
        ConsultationFile file = em.find(ConsultationFile.class, fileId);
        if (file == null || !file.getConsultation().getState().isPublic()) {
            throw new NotFoundException("Draft file", fileId);
        }
        return file.getStored();
    }

    /** The file a commenter sent, for the lead agency's officials only; every opening is audited. */
    public StoredFile openAttachment(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.getAttachment().isEmpty()) {
            throw new NotFoundException("Comment attachment", commentId);
        }
        access.requireBoardOrAnswerer(comment.getConsultation().getLeadAgency());
        audit.record("consultation.attachment.view", "comment " + commentId, null);
        return comment.getAttachment().get();
    }
}
