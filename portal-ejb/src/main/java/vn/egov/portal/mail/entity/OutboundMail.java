package vn.egov.portal.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * A mail the portal has promised to send. The de-duplication key is unique in the database, so a
 * retried job step or a restarted timer that asks for the same mail again gets nothing new: every
 * mail is enqueued once and sent until the SMTP server accepts it or the attempts run out.
 * Addresses, subject and text name people (an asker's address, a question's title, an answer), so
 * they are sealed at rest like the asker's record, and cleared once the retention period is over,
 * whether the mail went out or not; the key, status and dates stay.
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
        name = OutboundMail.PAST_RETENTION,
        query = "select m.id from OutboundMail m where m.purgedAt is null and ("
                + "(m.status = vn.egov.portal.mail.entity.MailStatus.SENT and m.sentAt < :before)"
                + " or (m.status <> vn.egov.portal.mail.entity.MailStatus.SENT and m.createdAt < :before))"
                + " order by m.id")
public class OutboundMail extends PersistentEntity {

    public static final String BY_KEY = "OutboundMail.byKey";
    public static final String DUE = "OutboundMail.due";
    public static final String PENDING_WITH_PREFIX = "OutboundMail.pendingWithPrefix";
    public static final String LATEST = "OutboundMail.latest";
    public static final String DELETE_WITH_PREFIX = "OutboundMail.deleteWithPrefix";
    public static final String PAST_RETENTION = "OutboundMail.pastRetention";

    /** What a mail's addresses, subject and text read once the retention period has passed. */
    public static final String CLEARED = "[…]";

    @Column(nullable = false, unique = true, length = 200)
    private String dedupKey;

    /** Comma-separated addresses; official mailboxes of units, or the asker's own address. Sealed. */
    @Convert(converter = SealedText.class)
    @Column(nullable = false, length = 2800)
    private String recipients;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, length = 2200)
    private String subject;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, length = 120000)
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

    /** When the addresses and text were cleared at the end of the retention period. */
    private Instant purgedAt;

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

    /**
     * The retention period is over: addresses, subject and text go. A mail still waiting will never
     * be sent (it would reach someone about something long past) and is marked expired.
     */
    public void purge(Instant at) {
        recipients = CLEARED;
        subject = CLEARED;
        body = CLEARED;
        purgedAt = at;
        if (status == MailStatus.PENDING) {
            status = MailStatus.EXPIRED;
            lastError = "not sent within the retention period";
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

    public Instant getPurgedAt() {
        return purgedAt;
    }
}
