package vn.egov.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * A comment on a whole draft or on one part. The commenter's particulars are sealed at rest like an
 * asker's; the public sees the name only if the commenter agreed, never the e-mail or organisation.
 * The consent is kept with the version of the text the commenter agreed to.
 */
@Entity
@Table(
        name = "consultation_comment",
        indexes = @Index(name = "ix_consultation_comment", columnList = "consultation_id, state"))
@NamedQuery(
        name = Comment.PUBLISHED,
        query =
                "select c from Comment c where c.consultation = :consultation"
                        + " and c.state = vn.egov.portal.consultation.entity.CommentState.PUBLISHED order by c.receivedAt, c.id")
@NamedQuery(
        name = Comment.OF_CONSULTATION,
        query = "select c from Comment c where c.consultation = :consultation order by c.receivedAt, c.id")
public class Comment extends PersistentEntity {

    public static final String PUBLISHED = "Comment.published";
    public static final String OF_CONSULTATION = "Comment.ofConsultation";
    public static final int MAX_BODY = 10000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    /** Null: on the whole draft. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_id")
    private DraftPart part;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Convert(converter = SealedText.class)
    @Column(name = "commenter_name", length = 1000)
    private String name;

    @Convert(converter = SealedText.class)
    @Column(name = "commenter_email", length = 1000)
    private String email;

    @Convert(converter = SealedText.class)
    @Column(name = "commenter_organisation", length = 1500)
    private String organisation;

    @Column(name = "show_name", nullable = false)
    private boolean showName;

    @Column(name = "consent_version", nullable = false, length = 20)
    private String consentVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CommentState state;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by", length = 100)
    private String moderatedBy;

    protected Comment() {}

    public Comment(
            Consultation consultation,
            DraftPart part,
            String body,
            String name,
            String email,
            String organisation,
            boolean showName,
            String consentVersion,
            boolean published,
            Instant receivedAt) {
        this.consultation = Objects.requireNonNull(consultation, "consultation");
        this.part = part;
        this.body = Objects.requireNonNull(body, "body");
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.showName = showName && name != null;
        this.consentVersion = Objects.requireNonNull(consentVersion, "consentVersion");
        this.state = published ? CommentState.PUBLISHED : CommentState.PENDING;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public void publish(Instant at, String by) {
        moderate(CommentState.PUBLISHED, null, at, by);
    }

    /** Refused, also after publication (moderation after the fact), always with a reason. */
    public void refuse(String reason, Instant at, String by) {
        moderate(CommentState.REFUSED, Objects.requireNonNull(reason, "reason"), at, by);
    }

    private void moderate(CommentState target, String reason, Instant at, String by) {
        if (state == CommentState.REFUSED || state == target) {
            throw new IllegalStateException("A comment " + state + " cannot become " + target);
        }
        state = target;
        refusalReason = reason;
        moderatedAt = at;
        moderatedBy = by;
    }

    /** The name the public page may show, or null. */
    public String getPublicName() {
        return showName ? name : null;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public DraftPart getPart() {
        return part;
    }

    public String getBody() {
        return body;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public boolean isShowName() {
        return showName;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public CommentState getState() {
        return state;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }
}
