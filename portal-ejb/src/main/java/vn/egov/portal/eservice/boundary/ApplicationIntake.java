package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.eservice.control.ApplicationForm;
import vn.egov.portal.eservice.control.ApplicationRepository;
import vn.egov.portal.eservice.control.ComponentUpload;
import vn.egov.portal.eservice.control.DossierCheck;
import vn.egov.portal.eservice.control.DossierDeadlines;
import vn.egov.portal.eservice.control.DossierSecrets;
import vn.egov.portal.eservice.control.EserviceNotices;
import vn.egov.portal.eservice.control.ProcedureCode;
import vn.egov.portal.eservice.control.ReceiptDocument;
import vn.egov.portal.eservice.entity.AlreadyRatedException;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationEvent;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ServiceRating;
import vn.egov.portal.eservice.entity.WrongStateException;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.SubmissionGuard;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.control.MediaCheck;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * The applicant's side of the e-services: send a dossier for a procedure, follow it by its code,
 * supplement it or withdraw it with the secret of the receipt. A submission is one transaction: once
 * the code is returned, the dossier and its files are stored. An unknown code and a wrong secret get
 * the same 404, and every look-up counts against the address's limit.
 */
@Stateless
@PermitAll
public class ApplicationIntake {

    private static final int MAX_RATING_COMMENT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    EserviceSettings settings;

    @Inject
    SubmissionGuard guard;

    @Inject
    ApplicationRepository dossiers;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    EserviceNotices notices;

    @Inject
    DossierDeadlines deadlines;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    public String challenge() {
        return guard.challenge();
    }

    public int challengeBits() {
        return guard.bits();
    }

    /**
     * Checks every field, the files (each by content; each required component present, the missing
     * ones named) and the challenge (400 listing every problem), then the limits (429), then stores
     * the dossier with the due date counted by the calendar from now.
     */
    public DossierReceipt submit(
            ApplicationForm form, Proof proof, String clientAddress, List<ComponentUpload> uploads) {
        Instant now = clock.instant();
        Map<String, String> errors = inputs.problems(form, form == null ? new Class<?>[0] : form.groups());
        Optional<Procedure> procedure = form == null ? Optional.empty() : procedure(form.procedure());
        if (form != null && !Text.isBlank(form.procedure()) && procedure.isEmpty()) {
            errors.putIfAbsent("procedure", "eservice.error.procedure");
        }
        if (form != null && form.consent() && !settings.consentVersion().equals(form.consentVersion())) {
            errors.putIfAbsent("consent", "eservice.error.consentVersion");
        }
        errors.putAll(fileProblems(uploads));
        procedure.ifPresent(chosen -> errors.putAll(componentProblems(chosen, uploads)));
        guard.problem(proof, now).ifPresent(problem -> errors.put(SubmissionGuard.CHALLENGE_FIELD, problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        guard.admit(proof, settings.limits(), clientAddress, form.email(), now);
        String secret = DossierSecrets.next();
        Application dossier = new Application(
                uniqueCode(), DossierSecrets.digest(secret), submitted(form, procedure.get()), now, dossiers.clock());
        em.persist(dossier);
        for (ComponentUpload upload : uploads) {
            dossier.attach(
                    upload.component(),
                    files.store(settings.dossierRules(), upload.fileName(), upload.stream()),
                    now,
                    false);
        }
        em.flush();
        deadlines.submitted(dossier);
        notices.submitted(dossier);
        audit.record("eservice.submit", "application " + dossier.getId(), null);
        Procedure chosen = dossier.getProcedure();
        return new DossierReceipt(
                dossier.getCode(),
                secret,
                now,
                dossier.getDueDate(),
                dossier.getProcessingDays(),
                chosen.getCode(),
                chosen.getName(),
                chosen.getAgency().getCode(),
                chosen.getAgency().getName().getVi());
    }

    /**
     * The public status by code; with the secret (optional) also what the agency asked to supplement.
     * A wrong secret is the same 404 as an unknown code.
     */
    public DossierStatus status(String typedCode, String secret, String clientAddress) {
        guard.admitLookup(settings.limits(), clientAddress, clock.instant());
        Application dossier = Text.isBlank(secret) ? found(typedCode) : withSecret(typedCode, secret);
        return DossierStatus.of(dossier, today(), !Text.isBlank(secret));
    }

    /**
     * The receipt (giấy tiếp nhận và hẹn trả kết quả) as a PDF, for the holder of the secret only: it
     * names the applicant, so it is made anew each time, never kept, and its opening is audited by
     * dossier id. The same 404 as every look-up for an unknown code or a wrong secret.
     */
    public GeneratedDocument receipt(String typedCode, String secret, String clientAddress) {
        Instant now = clock.instant();
        guard.admitLookup(settings.limits(), clientAddress, now);
        Application dossier = withSecret(typedCode, secret);
        audit.record("eservice.receipt", "application " + dossier.getId(), null);
        return GeneratedDocument.of(
                ReceiptDocument.of(receiptFacts(dossier), calendar.rules().zone(), now),
                DocumentFormat.PDF,
                ReceiptDocument.fileName(dossier.getCode()));
    }

    private ReceiptDocument.Facts receiptFacts(Application dossier) {
        Procedure procedure = dossier.getProcedure();
        return new ReceiptDocument.Facts(
                dossier.getCode(),
                procedure.getCode(),
                procedure.getName(),
                dossier.getAgency().getName().getVi(),
                dossier.getApplicant() == null ? null : dossier.getApplicant().getName(),
                dossier.getSubmittedAt(),
                dossier.getProcessingDays(),
                dossier.getDueDate(),
                dossier.getRemainingDays(),
                dossier.getFiles().stream()
                        .map(file -> new ReceiptDocument.Received(
                                file.getComponentNumber(),
                                file.getComponentName(),
                                file.getFileName(),
                                file.isSupplement()))
                        .toList(),
                notices.trackingPage(Language.VIETNAMESE.locale()),
                notices.siteName(Language.VIETNAMESE.locale()));
    }

    /**
     * The applicant sends what the agency asked for: at least one file for the procedure's components,
     * an optional note. The clock starts again with the working days that were left. 409 naming the
     * state when no supplement is awaited.
     */
    public DossierStatus supplement(
            String typedCode, String secret, String note, List<ComponentUpload> uploads, String clientAddress) {
        Instant now = clock.instant();
        guard.admitLookup(settings.limits(), clientAddress, now);
        Application dossier = withSecret(typedCode, secret);
        Map<String, String> errors = new LinkedHashMap<>(fileProblems(uploads));
        if (uploads.isEmpty()) {
            errors.put("files", "eservice.error.supplement.files");
        }
        new DossierCheck(dossier.getProcedure().getComponents())
                .unknown(uploads)
                .forEach(number -> errors.put("components." + number, "eservice.error.component.unknown"));
        if (!Text.isBlank(note) && Text.clean(note).length() > 2000) {
            errors.put("note", "eservice.error.length.note");
        }
        requireAllowed(dossier, ApplicationMove.SUPPLEMENT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        move(dossier, ApplicationMove.SUPPLEMENT, Text.isBlank(note) ? null : Text.clean(note), now);
        for (ComponentUpload upload : uploads) {
            dossier.attach(
                    upload.component(),
                    files.store(settings.dossierRules(), upload.fileName(), upload.stream()),
                    now,
                    true);
        }
        em.flush();
        audit.record("eservice.supplement", "application " + dossier.getId(), null);
        return DossierStatus.of(dossier, today(), true);
    }

    /** The applicant withdraws the dossier while it is still open; 409 naming the state otherwise. */
    public DossierStatus withdraw(String typedCode, String secret, String reason, String clientAddress) {
        Instant now = clock.instant();
        guard.admitLookup(settings.limits(), clientAddress, now);
        Application dossier = withSecret(typedCode, secret);
        requireAllowed(dossier, ApplicationMove.WITHDRAW);
        move(dossier, ApplicationMove.WITHDRAW, Text.isBlank(reason) ? null : Text.clean(reason), now);
        audit.record("eservice.withdraw", "application " + dossier.getId(), null);
        return DossierStatus.of(dossier, today(), true);
    }

    /**
     * The applicant rates a completed dossier once, with an optional comment (sealed; never public).
     * 409 naming the state before completion, 409 "already rated" the second time; the same 404 as
     * every look-up for an unknown code or a wrong secret.
     */
    public DossierStatus rate(
            String typedCode, String secret, ServiceRating rating, String comment, String clientAddress) {
        Instant now = clock.instant();
        guard.admitLookup(settings.limits(), clientAddress, now);
        Application dossier = withSecret(typedCode, secret);
        String clean = Text.isBlank(comment) ? null : Text.clean(comment);
        if (rating == null) {
            throw InvalidInputException.of("rating", "eservice.error.required.rating");
        }
        if (clean != null && clean.length() > MAX_RATING_COMMENT) {
            throw InvalidInputException.of("comment", "eservice.error.length.ratingComment");
        }
        try {
            dossier.rate(rating, clean, now);
        } catch (WrongStateException wrong) {
            throw conflict(dossier);
        } catch (AlreadyRatedException twice) {
            throw new ConflictException("eservice.error.rated", "Dossier " + dossier.getId() + " is rated already");
        }
        em.flush();
        audit.record("eservice.rate", "application " + dossier.getId(), rating.name());
        return DossierStatus.of(dossier, today(), true);
    }

    /** The 409 of every move the dossier's state does not allow, naming the state. */
    static void requireAllowed(Application dossier, ApplicationMove move) {
        if (dossier.getState().after(move).isEmpty()) {
            throw conflict(dossier);
        }
    }

    static ConflictException conflict(Application dossier) {
        return new ConflictException(
                "eservice.error.state." + dossier.getState().name(),
                "Dossier " + dossier.getId() + " is " + dossier.getState());
    }

    private ApplicationEvent move(Application dossier, ApplicationMove move, String comment, Instant now) {
        try {
            ApplicationEvent event = dossier.move(move, ApplicationEvent.APPLICANT, now, comment, dossiers.clock());
            deadlines.moved(dossier, move);
            notices.moved(dossier, move, comment);
            return event;
        } catch (WrongStateException wrong) {
            throw conflict(dossier);
        }
    }

    private Application found(String typedCode) {
        return dossiers.getByCode(typedCode);
    }

    private Application withSecret(String typedCode, String secret) {
        String digest = DossierSecrets.digest(secret);
        return dossiers.findByCode(typedCode)
                .filter(dossier -> dossier.hasSecretDigest(digest))
                .orElseThrow(() -> new NotFoundException("Application", "dossier code"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Optional<Procedure> procedure(String typed) {
        return ProcedureCode.read(typed).flatMap(code -> em.createNamedQuery(Procedure.BY_CODE, Procedure.class)
                .setParameter("code", code.text())
                .getResultStream()
                .findFirst());
    }

    private Application.Submitted submitted(ApplicationForm form, Procedure procedure) {
        return new Application.Submitted(
                procedure,
                form.particulars().getKind(),
                form.particulars().seal(),
                SubmissionGuard.emailKey(form.email()),
                settings.consentVersion(),
                form.languageOrDefault());
    }

    private String uniqueCode() {
        return EserviceSettings.DOSSIER_CODES.next(
                code -> dossiers.findByCode(code).isPresent());
    }

    /** Field "files" to the first broken rule of the files (how many, each within the size, by content). */
    private Map<String, String> fileProblems(List<ComponentUpload> uploads) {
        return new MediaCheck(settings.dossierRules())
                .firstRefusal(uploads, settings.maxFiles(), "eservice.error.files.count", "eservice.error.files.size")
                .map(refusal -> Map.of("files", refusal))
                .orElse(Map.of());
    }

    /** One entry "components.N" per required component without a file, and per file naming no component. */
    private static Map<String, String> componentProblems(Procedure procedure, List<ComponentUpload> uploads) {
        DossierCheck check = new DossierCheck(procedure.getComponents());
        Map<String, String> errors = new LinkedHashMap<>();
        check.missing(uploads)
                .keySet()
                .forEach(number -> errors.put("components." + number, "eservice.error.component.missing"));
        check.unknown(uploads)
                .forEach(number -> errors.put("components." + number, "eservice.error.component.unknown"));
        return errors;
    }
}
