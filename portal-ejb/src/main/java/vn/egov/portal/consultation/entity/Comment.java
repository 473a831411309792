package vn.egov.portal.consultation.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Optional;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.privacy.entity.Contact;

/**
 * A comment on a whole draft or on one part. The commenter's particulars are sealed at rest like an
 * asker's; the public sees the name only if the commenter agreed, never the e-mail or organisation.
 * The consent is kept with the version of the text the commenter agreed to.
 */
@Entity
@Table(
        name = "consultation_comment",
        indexes = {
            @Index(name = "ix_consultation_comment", columnList = "consultation_id, state"),
            @Index(name = "ix_consultation_comment_confirmation", columnList = "confirmation_digest")
        })
@NamedQuery(
        name = Comment.PUBLISHED,
        query = "select c from Comment c where c.consultation = :consultation"
                + " and c.state = vn.egov.portal.consultation.entity.CommentState.PUBLISHED"
                + " and c.confirmationDigest is null order by c.receivedAt, c.id")
@NamedQuery(name = Comment.BY_CONFIRMATION, query = "select c from Comment c where c.confirmationDigest = :digest")
@NamedQuery(
        name = Comment.OF_CONSULTATION,
        query = "select c from Comment c where c.consultation = :consultation order by c.receivedAt, c.id")
@NamedQuery(
        name = Comment.NEWEST_OF_CONSULTATION,
        query = "select c from Comment c where c.consultation = :consultation order by c.receivedAt desc, c.id desc")
@NamedQuery(
        name = Comment.COUNT_BY_STATE,
        query = "select c.state, count(c) from Comment c where c.consultation = :consultation group by c.state")
public class Comment extends PersistentEntity {

    public static final String PUBLISHED = "Comment.published";
    public static final String OF_CONSULTATION = "Comment.ofConsultation";
    public static final String NEWEST_OF_CONSULTATION = "Comment.newestOfConsultation";
    public static final String COUNT_BY_STATE = "Comment.countByState";
    public static final String BY_CONFIRMATION = "Comment.byConfirmation";
    public static final int MAX_BODY = 10000;
    public static final int MAX_ANSWER = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    /** Null: on the whole draft. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_id")
    private DraftPart part;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "commenter_name", length = Contact.SEALED_NAME))
    @AttributeOverride(
            name = "organisation",
            column = @Column(name = "commenter_organisation", length = Contact.SEALED_ORGANISATION))
    @AttributeOverride(name = "email", column = @Column(name = "commenter_email", length = Contact.SEALED_EMAIL))
    private Contact commenter;

    /** A file the commenter sent with the comment, sealed at rest; officials only. */
    @Embedded
    @AttributeOverride(name = "fileName", column = @Column(name = "attachment_name", length = 255))
    @AttributeOverride(name = "format", column = @Column(name = "attachment_format", length = 10))
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "attachment_size"))
    @AttributeOverride(name = "sha256", column = @Column(name = "attachment_sha256", length = 64))
    @AttributeOverride(name = "location", column = @Column(name = "attachment_location", length = 200))
    @AttributeOverride(name = "sealed", column = @Column(name = "attachment_sealed"))
    @AttributeOverride(name = "width", column = @Column(name = "attachment_width"))
    @AttributeOverride(name = "height", column = @Column(name = "attachment_height"))
    private StoredFile attachment;

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

    /** While set, the commenter has not yet confirmed the e-mail: the comment does not count. */
    @Column(name = "confirmation_digest", length = 64)
    private String confirmationDigest;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_verdict", length = 20)
    private AnswerVerdict verdict;

    @Column(name = "answer_text", length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    protected Comment() {}

    public Comment(
            Consultation consultation,
            DraftPart part,
            String body,
            Contact commenter,
            boolean showName,
            String consentVersion,
            boolean published,
            Instant receivedAt) {
        this.consultation = Objects.requireNonNull(consultation, "consultation");
        this.part = part;
        this.body = Objects.requireNonNull(body, "body");
        this.commenter = Objects.requireNonNull(commenter, "commenter");
        this.showName = showName && commenter.getName() != null;
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

    /** The lead agency's answer for the summary; given again, it replaces the earlier one. Published comments only. */
    public void answer(AnswerVerdict verdict, String explanation, Instant at, String by) {
        if (state != CommentState.PUBLISHED) {
            throw new IllegalStateException("A comment " + state + " is not answered");
        }
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.answer = Objects.requireNonNull(explanation, "explanation");
        this.answeredAt = Objects.requireNonNull(at, "at");
        this.answeredBy = by;
    }

    /** Counts only once the link whose token has this digest is followed. */
    public void awaitConfirmation(String digest) {
        this.confirmationDigest = Objects.requireNonNull(digest, "digest");
    }

    /** The link was followed: the comment counts from now on; the token is spent. */
    public void confirm(Instant at) {
        if (confirmationDigest == null) {
            throw new IllegalStateException("Nothing to confirm");
        }
        confirmationDigest = null;
        confirmedAt = at;
    }

    public boolean isAwaitingConfirmation() {
        return confirmationDigest != null;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    /** The commenter's file, kept sealed by the file store. */
    public void attach(StoredFile file) {
        if (!file.isSealed()) {
            throw new IllegalArgumentException("A commenter's file is sealed at rest");
        }
        this.attachment = file;
    }

    public Optional<StoredFile> getAttachment() {
        return Optional.ofNullable(attachment);
    }

    public boolean isAnswered() {
        return verdict != null;
    }

    /** The name the public page may show, or null. */
    public String getPublicName() {
        return showName ? getCommenter().getName() : null;
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

    /** Who commented; empty for an anonymous comment. */
    public Contact getCommenter() {
        return Contact.orNone(commenter);
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

    public AnswerVerdict getVerdict() {
        return verdict;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
