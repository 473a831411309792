package vn.egov.portal.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.consultation.control.ConfirmationTokens;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.CommentState;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.SubmissionGuard;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.control.MediaCheck;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.entity.Contact;
import vn.egov.portal.qa.boundary.Upload;

/**
 * Takes a citizen's comment while the consultation is open, behind the shared proof-of-work and
 * rate limits. Durable once this returns: nothing after the commit can lose it.
 */
@Stateless
// Anyone may comment: the guard, not a log-in, keeps abuse out.
@PermitAll
public class CommentIntake {

    /** Where the link of the confirmation mail leads, under the portal's address. */
    public static final String CONFIRM_PATH = "/api/v1/consultations/confirmations/";

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
    FileStore files;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public String challenge() {
        return guard.challenge();
    }

    /** The comment's id; 409 ({@link NotOpenException}) outside the period, 400 per field, 429 past the limits. */
    public long submit(long consultationId, CommentForm form, Proof proof, String clientAddress) {
        return submit(consultationId, form, proof, clientAddress, null, null);
    }

    /**
     * The same with the commenter's file (null: none), checked by content and sealed (a refused file
     * is a 400 on the field "attachment"). With {@code portal.consultation.confirm-email} the e-mail
     * is required and gets a link under {@code portalAddress} (the portal's absolute address): the
     * comment counts only once it is followed.
     */
    public long submit(
            long consultationId,
            CommentForm form,
            Proof proof,
            String clientAddress,
            Upload attachment,
            String portalAddress) {
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
        attachmentProblem(attachment).ifPresent(problem -> errors.put("attachment", problem));
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
                new Contact(Text.clean(form.name()), Text.clean(form.organisation()), email),
                form.showName(),
                form.consentVersion(),
                settings.moderation() == ConsultationSettings.Moderation.AFTER,
                now);
        em.persist(comment);
        if (attachment != null) {
            comment.attach(files.store(settings.attachmentRules(), attachment.fileName(), attachment.stream()));
        }
        String token = settings.confirmEmail() ? ConfirmationTokens.newToken() : null;
        if (token != null) {
            comment.awaitConfirmation(ConfirmationTokens.digestOf(token).orElseThrow());
        }
        em.flush();
        if (token != null) {
            askConfirmation(
                    comment, email, Objects.requireNonNull(portalAddress, "portalAddress") + CONFIRM_PATH + token);
        }
        if (comment.getState() == CommentState.PUBLISHED) {
            publicContent.changed();
        }
        audit.record("consultation.comment", "comment " + comment.getId(), null);
        return comment.getId();
    }

    /**
     * Confirms the commenter's e-mail from the link: the comment counts from now on. The consultation's
     * address, for the page the commenter is sent to; an unknown or spent token is a 404.
     */
    public String confirm(String token) {
        Comment comment = ConfirmationTokens.digestOf(token)
                .flatMap(digest -> em.createNamedQuery(Comment.BY_CONFIRMATION, Comment.class)
                        .setParameter("digest", digest)
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("Comment confirmation", "token"));
        comment.confirm(clock.instant());
        publicContent.changed();
        audit.record("consultation.comment.confirm", "comment " + comment.getId(), null);
        return comment.getConsultation().getPath();
    }

    /** The mail with the link, in Vietnamese then English, queued in this transaction: a comment is durable even if the mail fails. */
    private void askConfirmation(Comment comment, String email, String link) {
        Locale vi = Language.VIETNAMESE.locale();
        Locale en = Language.ENGLISH.locale();
        String title = comment.getConsultation().getTitle();
        outbox.enqueue(
                "consultation-confirm:" + comment.getId(),
                List.of(email),
                PortalMessages.get(vi, "consultation.confirm.subject") + " / "
                        + PortalMessages.get(en, "consultation.confirm.subject"),
                PortalMessages.get(vi, "consultation.confirm.body", title, link)
                        + Outbox.ENGLISH_FOLLOWS
                        + PortalMessages.get(en, "consultation.confirm.body", title, link));
    }

    private Optional<String> attachmentProblem(Upload attachment) {
        if (attachment == null) {
            return Optional.empty();
        }
        if (attachment.content() == null || attachment.size() > settings.maxAttachmentBytes()) {
            return Optional.of("consultation.error.attachmentSize");
        }
        return Optional.ofNullable(new MediaCheck(settings.attachmentRules())
                .check(attachment.fileName(), attachment.size(), attachment.stream())
                .refusalKey());
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
        if (settings.confirmEmail() && Text.isBlank(form.email())) {
            errors.putIfAbsent("email", "consultation.error.required.email");
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
