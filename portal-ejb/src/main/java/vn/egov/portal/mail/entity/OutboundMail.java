package vn.egov.portal.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * A mail the portal has promised to send. The de-duplication key is unique in the database, so a
 * retried job step or a restarted timer that asks for the same mail again gets nothing new: every
 * mail is enqueued once and sent until the SMTP server accepts it or the attempts run out.
 */
@Entity
@Table(name = "outbound_mail", indexes = @Index(name = "ix_outbound_mail_due", columnList = "status, nextAttemptAt"))
@NamedQuery(name = OutboundMail.BY_KEY, query = "select m from OutboundMail m where m.dedupKey = :key")
@NamedQuery(
        name = OutboundMail.DUE,
        query = "select m.id from OutboundMail m where m.status = vn.egov.portal.mail.entity.MailStatus.PENDING"
                + " and m.nextAttemptAt <= :now order by m.id")
@NamedQuery(
        name = OutboundMail.PENDING_WITH_PREFIX,
        query = "select m.id from OutboundMail m where m.status = vn.egov.portal.mail.entity.MailStatus.PENDING"
                + " and m.dedupKey like :prefix order by m.id")
@NamedQuery(name = OutboundMail.LATEST, query = "select m from OutboundMail m order by m.id desc")
@NamedQuery(name = OutboundMail.DELETE_WITH_PREFIX, query = "delete from OutboundMail m where m.dedupKey like :prefix")
@NamedQuery(
        name = OutboundMail.CLEAR_SENT_BEFORE,
        query = "update OutboundMail m set m.recipients = :cleared, m.body = :cleared"
                + " where m.status = vn.egov.portal.mail.entity.MailStatus.SENT and m.sentAt < :before"
                + " and m.body <> :cleared")
public class OutboundMail extends PersistentEntity {

    public static final String BY_KEY = "OutboundMail.byKey";
    public static final String DUE = "OutboundMail.due";
    public static final String PENDING_WITH_PREFIX = "OutboundMail.pendingWithPrefix";
    public static final String LATEST = "OutboundMail.latest";
    public static final String DELETE_WITH_PREFIX = "OutboundMail.deleteWithPrefix";
    public static final String CLEAR_SENT_BEFORE = "OutboundMail.clearSentBefore";

    /** What a sent mail's address and text read once the retention period has passed. */
    public static final String CLEARED = "[…]";

    @Column(nullable = false, unique = true, length = 200)
    private String dedupKey;

    /** Comma-separated addresses; official mailboxes of units, or the asker's own address. */
    @Column(nullable = false, length = 1000)
    private String recipients;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 30000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    /** The failure's kind and the server's reply code, never the message content or addresses. */
    @Column(length = 300)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    protected OutboundMail() {}

    public OutboundMail(String dedupKey, String recipients, String subject, String body, Instant now) {
        this.dedupKey = Objects.requireNonNull(dedupKey, "dedupKey");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant at) {
        this.status = MailStatus.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** A failed attempt: try again at {@code retryAt}, or give up when there is none. */
    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(300, error.length()));
        if (retryAt == null) {
            this.status = MailStatus.FAILED;
        } else {
            this.nextAttemptAt = retryAt;
        }
    }

    public boolean isPending() {
        return status == MailStatus.PENDING;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
