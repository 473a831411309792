package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.CommentState;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.SubmissionGuard;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * Takes a citizen's comment while the consultation is open, behind the shared proof-of-work and
 * rate limits. Durable once this returns: nothing after the commit can lose it.
 */
@Stateless
// Anyone may comment: the guard, not a log-in, keeps abuse out.
@PermitAll
public class CommentIntake {

    @PersistenceContext
    EntityManager em;

    @Inject
    SubmissionGuard guard;

    @Inject
    ConsultationSettings settings;

    @Inject
    InputCheck inputs;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public String challenge() {
        return guard.challenge();
    }

    /** The comment's id; 409 ({@link NotOpenException}) outside the period, 400 per field, 429 past the limits. */
    public long submit(long consultationId, CommentForm form, Proof proof, String clientAddress) {
        Instant now = clock.instant();
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null || !consultation.getState().isPublic()) {
            throw new NotFoundException("Consultation", consultationId);
        }
        if (!consultation.takesCommentsAt(now)) {
            throw new NotOpenException(consultation.getOpensAt(), consultation.getClosesAt());
        }
        Map<String, String> errors = inputs.problems(form);
        if (form != null) {
            checkParticulars(form, errors);
        }
        guard.problem(proof, now).ifPresent(problem -> errors.put(SubmissionGuard.CHALLENGE_FIELD, problem));
        DraftPart part = form == null || form.partPosition() == null ? null : part(consultation, form.partPosition());
        if (form != null && form.partPosition() != null && part == null) {
            errors.put("partPosition", "consultation.error.part");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // A commenter may give no e-mail address; the guard then counts the client address only.
        String email = Text.clean(form.email());
        guard.admit(proof, settings.limits(), clientAddress, email, now);
        Comment comment = new Comment(
                consultation,
                part,
                Text.nfc(form.body()).strip(),
                Text.clean(form.name()),
                Text.clean(form.email()),
                Text.clean(form.organisation()),
                form.showName(),
                form.consentVersion(),
                settings.moderation() == ConsultationSettings.Moderation.AFTER,
                now);
        em.persist(comment);
        em.flush();
        if (comment.getState() == CommentState.PUBLISHED) {
            publicContent.changed();
        }
        audit.record("consultation.comment", "comment " + comment.getId(), null);
        return comment.getId();
    }

    private void checkParticulars(CommentForm form, Map<String, String> errors) {
        for (String particular : settings.requiredParticulars()) {
            String value =
                    switch (particular) {
                        case "name" -> form.name();
                        case "email" -> form.email();
                        case "organisation" -> form.organisation();
                        default -> "";
                    };
            if (Text.isBlank(value)) {
                errors.putIfAbsent(particular, "consultation.error.required." + particular);
            }
        }
        if (!Text.isBlank(form.email()) && !form.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.putIfAbsent("email", "consultation.error.email");
        }
        if (!settings.consentVersion().equals(form.consentVersion())) {
            errors.putIfAbsent("consentVersion", "consultation.error.consent");
        }
    }

    private static DraftPart part(Consultation consultation, int position) {
        return consultation.getParts().stream()
                .filter(p -> p.getPosition() == position)
                .findFirst()
                .orElse(null);
    }
}
