package vn.egov.portal.consultation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.egov.portal.consultation.control.SplitPart;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * A draft legal document or policy put out for public comment (Articles 5.8, 8.1đ, 16.2): its lead
 * agency and contact, the draft as text split into parts, the comment period and its extensions, and
 * the register documents it amends and that were issued from it. The state moves forward only
 * ({@link ConsultationState}); parts can be corrected while it is a draft.
 */
@Entity
@Table(name = "consultation", indexes = @Index(name = "ix_consultation_state", columnList = "state, closes_at"))
@NamedQuery(name = Consultation.BY_SLUG, query = "select c from Consultation c where c.slug = :slug")
@NamedQuery(
        name = Consultation.PUBLIC,
        query =
                "select c from Consultation c where c.state <> vn.egov.portal.consultation.entity.ConsultationState.DRAFT"
                        + " order by c.closesAt desc, c.id desc")
@NamedQuery(
        name = Consultation.COUNT_PUBLIC,
        query = "select count(c) from Consultation c"
                + " where c.state <> vn.egov.portal.consultation.entity.ConsultationState.DRAFT")
@NamedQuery(name = Consultation.ALL, query = "select c from Consultation c order by c.createdAt desc, c.id desc")
@NamedQuery(
        name = Consultation.OF_AGENCIES,
        query = "select c from Consultation c where c.leadAgency in :agencies order by c.createdAt desc, c.id desc")
public class Consultation extends PersistentEntity {

    public static final String BY_SLUG = "Consultation.bySlug";
    public static final String ALL = "Consultation.all";
    public static final String OF_AGENCIES = "Consultation.ofAgencies";
    public static final String PUBLIC = "Consultation.public";
    public static final String COUNT_PUBLIC = "Consultation.countPublic";
    public static final int MAX_DRAFT = 200000;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "summary", nullable = false, length = 4000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_agency_id", nullable = false)
    private OrgUnit leadAgency;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ConsultationState state = ConsultationState.DRAFT;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "draft_text", nullable = false, length = MAX_DRAFT)
    private String draftText;

    /** False when the text could not be split and is kept as one part. */
    @Column(name = "split", nullable = false)
    private boolean split;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_id")
    private LegalDocument amends;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_id")
    private LegalDocument issued;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "summarised_at")
    private Instant summarisedAt;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DraftPart> parts = new ArrayList<>();

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<Extension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
    @OrderBy("uploadedAt")
    private List<ConsultationFile> files = new ArrayList<>();

    protected Consultation() {}

    public Consultation(String slug, OrgUnit leadAgency, Instant createdAt) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.leadAgency = Objects.requireNonNull(leadAgency, "leadAgency");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Title, summary, contact, period and register links; the period is checked by the boundary. */
    public void describe(
            String title,
            String summary,
            String contactName,
            String contactEmail,
            String contactPhone,
            Instant opensAt,
            Instant closesAt,
            LegalDocument amends) {
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.contactName = Objects.requireNonNull(contactName, "contactName");
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.opensAt = Objects.requireNonNull(opensAt, "opensAt");
        this.closesAt = Objects.requireNonNull(closesAt, "closesAt");
        this.amends = amends;
    }

    /** The draft text and its parts, replacing the earlier ones: only while it is a draft. */
    public void replaceDraft(String draftText, List<SplitPart> newParts, boolean split) {
        requireState(ConsultationState.DRAFT);
        this.draftText = Objects.requireNonNull(draftText, "draftText");
        this.split = split;
        parts.clear();
        int position = 1;
        for (SplitPart part : newParts) {
            parts.add(new DraftPart(this, position++, part.kind(), part.number(), part.heading(), part.body()));
        }
    }

    public void moveTo(ConsultationState target, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException("A consultation cannot go from " + state + " to " + target);
        }
        state = target;
        if (target == ConsultationState.OPEN) {
            openedAt = at;
        } else if (target == ConsultationState.CLOSED) {
            closedAt = at;
        } else if (target == ConsultationState.SUMMARISED) {
            summarisedAt = at;
        }
    }

    /** A later close while open, recorded with its reason. */
    public Extension extend(Instant newClose, String reason, Instant at, String by) {
        requireState(ConsultationState.OPEN);
        if (!newClose.isAfter(closesAt)) {
            throw new IllegalArgumentException("An extension closes later than " + closesAt);
        }
        Extension extension = new Extension(this, closesAt, newClose, reason, at, by);
        extensions.add(extension);
        closesAt = newClose;
        return extension;
    }

    /** Comments are taken while it is open and the clock is inside its period. */
    public boolean takesCommentsAt(Instant now) {
        return state == ConsultationState.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** What readers see: open but not yet started is upcoming, open past its close is closed. */
    public PublicPhase phaseAt(Instant now) {
        return switch (state) {
            case DRAFT -> PublicPhase.UPCOMING;
            case OPEN -> now.isBefore(opensAt)
                    ? PublicPhase.UPCOMING
                    : now.isBefore(closesAt) ? PublicPhase.OPEN : PublicPhase.CLOSED;
            case CLOSED -> PublicPhase.CLOSED;
            case SUMMARISED, ARCHIVED -> PublicPhase.SUMMARISED;
        };
    }

    /** The draft as a file, while it is a draft: what readers download is what the agency put out. */
    public ConsultationFile attach(StoredFile stored, Instant at) {
        requireState(ConsultationState.DRAFT);
        ConsultationFile file = new ConsultationFile(this, FileKind.DRAFT, stored, at);
        files.add(file);
        return file;
    }

    /** A file of the summary of responses, generated when it is published. */
    public ConsultationFile keepSummary(StoredFile stored, Instant at) {
        requireState(ConsultationState.SUMMARISED);
        ConsultationFile file = new ConsultationFile(this, FileKind.SUMMARY, stored, at);
        files.add(file);
        return file;
    }

    public void recordIssued(LegalDocument document) {
        this.issued = document;
    }

    private void requireState(ConsultationState expected) {
        if (state != expected) {
            throw new IllegalStateException("The consultation is " + state + ", not " + expected);
        }
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public OrgUnit getLeadAgency() {
        return leadAgency;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public ConsultationState getState() {
        return state;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public String getDraftText() {
        return draftText;
    }

    public boolean isSplit() {
        return split;
    }

    public LegalDocument getAmends() {
        return amends;
    }

    public LegalDocument getIssued() {
        return issued;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** When the summary of responses was published, or null. */
    public Instant getSummarisedAt() {
        return summarisedAt;
    }

    public List<DraftPart> getParts() {
        return List.copyOf(parts);
    }

    /** The draft as files. */
    public List<ConsultationFile> getFiles() {
        return files.stream().filter(f -> f.getKind() == FileKind.DRAFT).toList();
    }

    /** The files of the published summary of responses. */
    public List<ConsultationFile> getSummaryFiles() {
        return files.stream().filter(f -> f.getKind() == FileKind.SUMMARY).toList();
    }

    public List<Extension> getExtensions() {
        return List.copyOf(extensions);
    }

    public String getPath() {
        return "/lay-y-kien/" + slug;
    }
}
