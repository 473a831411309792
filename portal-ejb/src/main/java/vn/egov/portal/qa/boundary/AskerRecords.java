package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.boundary.ErasureRequest;
import vn.egov.portal.qa.control.QaAccess;
import vn.egov.portal.qa.control.QuestionNotices;
import vn.egov.portal.qa.control.QuestionRedaction;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.entity.Attachment;
import vn.egov.portal.qa.entity.Question;

/**
 * The asker's personal data (R11): shown only to the board and the answerers of the agency that
 * holds the question, each view in the audit trail; erased on request, keeping the public record.
 */
@Stateless
@RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.AGENCY_ANSWERER})
public class AskerRecords {

    @Inject
    QaAccess access;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionNotices notices;

    @Inject
    FileStore files;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The particulars of the question's asker; the view is recorded by question id, never by name. */
    public AskerRecord reveal(long id) {
        Question question = questions.get(id);
        access.requireBoardOrAnswerer(question.getAgency());
        audit.record("qa.asker.view", QuestionDesk.target(question.getRoot()), null);
        return AskerRecord.of(question);
    }

    /** A file the asker sent, for the board or the question's agency to download; every download is logged. */
    public StoredFile openAttachment(long attachmentId) {
        Attachment attachment = Optional.ofNullable(em.find(Attachment.class, attachmentId))
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        access.requireBoardOrAnswerer(attachment.getQuestion().getAgency());
        audit.record("qa.attachment.view", QuestionDesk.target(attachment.getQuestion()), "attachment " + attachmentId);
        return attachment.getStored();
    }

    /**
     * Erases the asker's particulars from the question and its parts (Article 19.2). Their original
     * wording is replaced by a redacted copy, since a question may name its asker; a published copy
     * stays as published. Only the board executes erasures.
     */
    public Question erase(long id, ErasureRequest request) {
        String actor = access.requireBoard().getUsername();
        if (request.requestedBy() == null) {
            throw InvalidInputException.of("requestedBy", "qa.error.required.requestedBy");
        }
        Question root = questions.get(id).getRoot();
        if (root.isErased()) {
            throw new ConflictException("qa.error.erased", "Question " + root.getId() + " is erased already");
        }
        List<String> known = root.getAsker().identifyingValues();
        Instant now = clock.instant();
        String reference = Text.clean(request.reference());
        for (Question part : root.getParts()) {
            eraseOne(part, known, request, reference, now, actor);
        }
        eraseOne(root, known, request, reference, now, actor);
        notices.forget(root);
        audit.record(
                "qa.erase", QuestionDesk.target(root), request.requestedBy().name());
        return root;
    }

    private void eraseOne(
            Question question,
            List<String> known,
            ErasureRequest request,
            String reference,
            Instant now,
            String actor) {
        question.detachAll().forEach(attachment -> files.delete(attachment.getStored()));
        Question.Redacted redacted = QuestionRedaction.of(question, known);
        question.erase(redacted, request.requestedBy(), reference, now, actor);
    }
}
