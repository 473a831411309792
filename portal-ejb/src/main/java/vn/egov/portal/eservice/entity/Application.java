package vn.egov.portal.eservice.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.egov.portal.eservice.control.DossierClock;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.privacy.entity.Contact;
import vn.egov.portal.privacy.entity.Erasure;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.privacy.entity.SealedParticulars;
import vn.egov.portal.privacy.entity.SealedText;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * An online application (hồ sơ) for a procedure of the catalogue, and its workflow: every move goes
 * through {@link #move}, which follows the one table of {@link ApplicationState}, keeps the processing
 * clock (stopped while a supplement is awaited, with the working days that were left) and records
 * who moved it, when and why. The applicant is known by the dossier code and a secret whose keyed
 * digest alone is kept; the particulars are sealed.
 */
@Entity
@Table(
        name = "eservice_application",
        indexes = {
            @Index(name = "ix_eservice_application_agency", columnList = "agency_id"),
            @Index(name = "ix_eservice_application_state", columnList = "state"),
            @Index(name = "ix_eservice_application_submitted", columnList = "submitted_at")
        })
@NamedQuery(name = Application.BY_CODE, query = "select a from Application a where a.code = :code")
public class Application extends PersistentEntity {

    public static final String BY_CODE = "Application.byCode";

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "secret_digest", nullable = false, length = 100)
    private String secretDigest;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false)
    private OrgUnit agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    private PersonKind applicantKind;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "applicant_name", length = Contact.SEALED_NAME))
    @AttributeOverride(
            name = "organisation",
            column = @Column(name = "applicant_organisation", length = Contact.SEALED_ORGANISATION))
    @AttributeOverride(name = "email", column = @Column(name = "applicant_email", length = Contact.SEALED_EMAIL))
    @AttributeOverride(name = "position", column = @Column(name = "applicant_position", length = 1000))
    @AttributeOverride(name = "nationality", column = @Column(name = "applicant_nationality", length = 500))
    @AttributeOverride(name = "occupation", column = @Column(name = "applicant_occupation", length = 1000))
    @AttributeOverride(name = "idNumber", column = @Column(name = "applicant_id_number", length = 500))
    @AttributeOverride(name = "address", column = @Column(name = "applicant_address", length = 2500))
    @AttributeOverride(name = "phone", column = @Column(name = "applicant_phone", length = 500))
    private SealedParticulars applicant;

    @Column(name = "email_digest", length = 100)
    private String emailDigest;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "consent_version", nullable = false, length = 40)
    private String consentVersion;

    @Column(name = "language", nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private ApplicationState state;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "processing_days", nullable = false)
    private int processingDays;

    /** Null while the clock is stopped. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The working days left when the clock stopped; null while it runs. */
    @Column(name = "remaining_days")
    private Integer remainingDays;

    @Column(name = "supplement_request", length = 2000)
    private String supplementRequest;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the result was ready: on time or late is this day against the due date. */
    @Column(name = "result_at")
    private Instant resultAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 20)
    private ServiceRating rating;

    /** The applicant's own words, which may name people: sealed like the particulars. */
    @Convert(converter = SealedText.class)
    @Column(name = "rating_comment", length = 3000)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    /** The new appointment date of the letter of apology, once a late dossier got one. */
    @Column(name = "apology_date")
    private LocalDate apologyDate;

    @Convert(converter = SealedText.class)
    @Column(name = "apology_text", length = 12000)
    private String apologyText;

    @Column(name = "apology_by", length = 100)
    private String apologyBy;

    @Column(name = "apology_at")
    private Instant apologyAt;

    /** Set once the applicant's personal data was erased (Article 19.2); the dossier itself stays. */
    @Embedded
    private Erasure erasure;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("componentNumber, id")
    private List<ApplicationFile> files = new ArrayList<>();

    protected Application() {}

    /** What the applicant sent: the procedure, who they are, their declaration and consent. */
    public record Submitted(
            Procedure procedure,
            PersonKind applicantKind,
            SealedParticulars applicant,
            String emailDigest,
            String consentVersion,
            String language) {}

    public Application(String code, String secretDigest, Submitted submitted, Instant at, DossierClock clock) {
        this.code = Objects.requireNonNull(code, "code");
        this.secretDigest = Objects.requireNonNull(secretDigest, "secretDigest");
        this.procedure = Objects.requireNonNull(submitted.procedure(), "procedure");
        this.agency = procedure.getAgency();
        this.applicantKind = Objects.requireNonNull(submitted.applicantKind(), "applicantKind");
        this.applicant = Objects.requireNonNull(submitted.applicant(), "applicant");
        this.emailDigest = submitted.emailDigest();
        this.consentVersion = Objects.requireNonNull(submitted.consentVersion(), "consentVersion");
        this.language = Objects.requireNonNull(submitted.language(), "language");
        this.declaredAt = Objects.requireNonNull(at, "at");
        this.consentAt = at;
        this.submittedAt = at;
        this.processingDays = procedure.getProcessingDays();
        this.dueDate = clock.dueDate(at, processingDays);
        this.state = ApplicationState.SUBMITTED;
        events.add(
                new ApplicationEvent(this, ApplicationMove.SUBMIT, null, state, ApplicationEvent.APPLICANT, at, null));
    }

    /** Adds a file for the procedure's component number {@code component} (from 1). */
    public ApplicationFile attach(int component, StoredFile stored, Instant at, boolean supplement) {
        String name = procedure.getComponents().get(component - 1).getName();
        ApplicationFile file = new ApplicationFile(this, component, name, stored, at, supplement);
        files.add(file);
        return file;
    }

    /**
     * Makes {@code move} by {@code actor} at {@code at}, recorded with the comment. A move the
     * current state does not allow is refused ({@link WrongStateException}); nothing changes then.
     */
    public ApplicationEvent move(ApplicationMove move, String actor, Instant at, String comment, DossierClock clock) {
        ApplicationState from = state;
        ApplicationState next = from.after(move).orElseThrow(() -> new WrongStateException(from, move));
        switch (move) {
            case REQUEST_SUPPLEMENT -> {
                remainingDays = clock.remaining(at, dueDate);
                dueDate = null;
                supplementRequest = comment;
            }
            case SUPPLEMENT -> {
                dueDate = clock.resume(at, remainingDays);
                remainingDays = null;
            }
            case MARK_RESULT_READY -> resultAt = at;
            default -> {
                if (next.isFinal()) {
                    closedAt = at;
                }
            }
        }
        state = next;
        ApplicationEvent event = new ApplicationEvent(this, move, from, next, actor, at, comment);
        events.add(event);
        return event;
    }

    /**
     * The applicant's one rating of a completed dossier. A dossier in another state is refused with
     * {@link WrongStateException}, a second rating with {@link AlreadyRatedException}; nothing changes then.
     */
    public void rate(ServiceRating given, String comment, Instant at) {
        if (state != ApplicationState.COMPLETED) {
            throw WrongStateException.notRateable(state);
        }
        if (rating != null) {
            throw new AlreadyRatedException(ratedAt);
        }
        this.rating = Objects.requireNonNull(given, "rating");
        this.ratingComment = comment;
        this.ratedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The agency apologises for a late dossier with a new appointment date; a later letter (the new
     * date passed too) replaces it. Only while the clock runs and past the due date
     * ({@link WrongStateException} otherwise). The due date stays: on time or late
     * is still counted against it.
     */
    public void apologise(LocalDate newDate, String text, String actor, Instant at, LocalDate today) {
        if (!isLate(today)) {
            throw WrongStateException.notLate(state);
        }
        this.apologyDate = Objects.requireNonNull(newDate, "newDate");
        this.apologyText = Objects.requireNonNull(text, "text");
        this.apologyBy = Objects.requireNonNull(actor, "actor");
        this.apologyAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Erases the applicant's personal data (Article 19.2): the particulars, the e-mail digest, the
     * rating's comment, and the files, which are returned for their bytes to go from the file store
     * too; in the supplement request, the letter of apology and every move's comment the applicant's
     * particulars are taken out by {@code redaction}. The code, the dates, the state, the rating and
     * the moves stay, so the public results do not change. A second erasure is refused
     * ({@link IllegalStateException}); the boundary says 409 first.
     */
    public List<ApplicationFile> erase(
            ErasureRequester by, String reference, Instant at, String actor, UnaryOperator<String> redaction) {
        if (isErased()) {
            throw new IllegalStateException("Already erased: " + code);
        }
        if (applicant != null) {
            applicant.erase();
        }
        emailDigest = null;
        ratingComment = null;
        if (supplementRequest != null) {
            supplementRequest = redaction.apply(supplementRequest);
        }
        if (apologyText != null) {
            apologyText = redaction.apply(apologyText);
        }
        events.forEach(event -> event.redact(redaction));
        List<ApplicationFile> removed = new ArrayList<>(files);
        files.clear();
        erasure = new Erasure(by, reference, at, actor);
        return removed;
    }

    public boolean isErased() {
        return erasure != null && erasure.getErasedAt() != null;
    }

    /** The record of the erasure; null while the particulars are kept. */
    public Erasure getErasure() {
        return erasure;
    }

    /** True when {@code digest} is the digest of this dossier's secret. */
    public boolean hasSecretDigest(String digest) {
        return digest != null
                && MessageDigest.isEqual(
                        digest.getBytes(StandardCharsets.US_ASCII), secretDigest.getBytes(StandardCharsets.US_ASCII));
    }

    /** The clock ran past the due date while the dossier was with the agency. */
    public boolean isLate(LocalDate today) {
        return state.clockRuns() && dueDate != null && today.isAfter(dueDate);
    }

    public String getCode() {
        return code;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public OrgUnit getAgency() {
        return agency;
    }

    public PersonKind getApplicantKind() {
        return applicantKind;
    }

    /** The particulars; all empty once erased (the database gives no embedded value for all-empty columns). */
    public SealedParticulars getApplicant() {
        return applicant == null ? SealedParticulars.none() : applicant;
    }

    public String getEmailDigest() {
        return emailDigest;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public String getLanguage() {
        return language;
    }

    public ApplicationState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Integer getRemainingDays() {
        return remainingDays;
    }

    public String getSupplementRequest() {
        return supplementRequest;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getResultAt() {
        return resultAt;
    }

    public ServiceRating getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public LocalDate getApologyDate() {
        return apologyDate;
    }

    public String getApologyText() {
        return apologyText;
    }

    public String getApologyBy() {
        return apologyBy;
    }

    public Instant getApologyAt() {
        return apologyAt;
    }

    public List<ApplicationEvent> getEvents() {
        return List.copyOf(events);
    }

    public List<ApplicationFile> getFiles() {
        return List.copyOf(files);
    }
}
