package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.calendar.control.DueDate;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.SubmissionGuard;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.control.MediaCheck;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.control.QuestionClock;
import vn.egov.portal.qa.control.QuestionForm;
import vn.egov.portal.qa.control.QuestionNotices;
import vn.egov.portal.qa.control.QuestionRepository;
import vn.egov.portal.qa.control.SubmissionRules;
import vn.egov.portal.qa.entity.Consent;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.qa.entity.Question;

/**
 * The public side of Q&A: a citizen or an organisation sends a question and follows it by its
 * tracking code. A submission is one transaction: once the code is returned, the question is stored.
 */
@Stateless
@PermitAll
public class QuestionIntake {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaSettings settings;

    @Inject
    SubmissionGuard guard;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionClock questionClock;

    @Inject
    QuestionNotices notices;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    /** A fresh challenge for the form. */
    public String challenge() {
        return guard.challenge();
    }

    public int challengeBits() {
        return guard.bits();
    }

    /**
     * Checks every field and the challenge (400 naming each problem), then the rate limits (429),
     * then stores the question and returns its receipt. {@code clientAddress} is only counted.
     */
    public Receipt submit(QuestionForm form, Proof proof, String clientAddress) {
        return submit(form, proof, clientAddress, List.of());
    }

    /** The same, with the files the asker attached (checked by content; refused with the rule they broke). */
    public Receipt submit(QuestionForm form, Proof proof, String clientAddress, List<Upload> uploads) {
        Instant now = clock.instant();
        Map<String, QaField> fields =
                questions.listFields().stream().collect(Collectors.toMap(QaField::getCode, field -> field));
        Map<String, String> errors = inputs.problems(form, form == null ? new Class<?>[0] : form.groups());
        if (form != null) {
            new SubmissionRules(fields.keySet(), settings.consentVersion())
                    .check(form)
                    .forEach(errors::putIfAbsent);
        }
        errors.putAll(attachmentProblems(uploads));
        guard.problem(proof, now).ifPresent(problem -> errors.put(SubmissionGuard.CHALLENGE_FIELD, problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        guard.admit(proof, settings.limits(), clientAddress, form.email(), now);
        String emailDigest = SubmissionGuard.emailKey(form.email());
        Question question = new Question(uniqueCode(), submitted(form, emailDigest, fields, now), now);
        Set<String> terms = settings.flagger().matches(question.getTitle(), question.getBody());
        if (!terms.isEmpty()) {
            question.flag(String.join(", ", terms), now);
        }
        em.persist(question);
        for (Upload upload : uploads) {
            question.attach(files.store(settings.attachmentRules(), upload.fileName(), upload.stream()), now);
        }
        // No flush: the keys are assigned on persist, and the question goes in with its mail and audit
        // line at the commit.
        DueDate expected = questionClock.expectedDueDate(now);
        notices.received(question, expected.date(), expected.workingDays());
        audit.record("qa.submit", "question " + question.getId(), null);
        return new Receipt(question.getId(), question.getTrackingCode(), now, expected.date());
    }

    /**
     * The state and dates of a question by its tracking code; no personal data. Look-ups are counted
     * per {@code clientAddress} (429 past the limit), so codes cannot be tried by the thousand.
     */
    public QuestionStatus status(String typedCode, String clientAddress) {
        admitLookup(clientAddress);
        return QaSettings.TRACKING_CODES
                .normalise(typedCode)
                .flatMap(questions::findByTrackingCode)
                .map(question -> QuestionStatus.of(question, clock.getZone(), this::expectedDueDate))
                .orElseThrow(() -> new NotFoundException("Question", "tracking code"));
    }

    /**
     * The asker asks for their personal data to be erased (Article 19.2); whoever holds the tracking
     * code is taken for the asker. The board executes the erasure and records it. Counted with the
     * look-ups.
     */
    public void requestErasure(String typedCode, String clientAddress) {
        admitLookup(clientAddress);
        Question question = QaSettings.TRACKING_CODES
                .normalise(typedCode)
                .flatMap(questions::findByTrackingCode)
                .map(Question::getRoot)
                .orElseThrow(() -> new NotFoundException("Question", "tracking code"));
        if (question.isErased()) {
            throw new ConflictException("qa.error.erased", "Erased already");
        }
        if (question.getErasureRequestedAt() == null) {
            question.requestErasure(clock.instant());
            audit.record("qa.erasure.request", "question " + question.getId(), null);
        }
    }

    private void admitLookup(String clientAddress) {
        guard.admitLookup(settings.limits(), clientAddress, clock.instant());
    }

    /** The date the receipt gave: the answer period counted from receipt by the calendar. */
    private LocalDate expectedDueDate(Question question) {
        return questionClock.expectedDueDate(question.getReceivedAt()).date();
    }

    private Question.Submitted submitted(
            QuestionForm form, String emailDigest, Map<String, QaField> fields, Instant now) {
        return new Question.Submitted(
                form.particulars().getKind(),
                form.particulars().seal(),
                emailDigest,
                new Consent(now, settings.consentVersion()),
                form.languageOrDefault(),
                Text.clean(form.title()),
                Text.nfc(form.body().strip()),
                fields.get(form.field().strip()));
    }

    private String uniqueCode() {
        return QaSettings.TRACKING_CODES.next(questions::isTrackingCodeTaken);
    }

    /** Field "attachments" to the first broken rule of the files (a few, each small, by content), if any. */
    private Map<String, String> attachmentProblems(List<Upload> uploads) {
        return new MediaCheck(settings.attachmentRules())
                .firstRefusal(
                        uploads, settings.maxAttachments(), "qa.error.attachments.count", "qa.error.attachments.size")
                .map(refusal -> Map.of("attachments", refusal))
                .orElse(Map.of());
    }
}
