package vn.egov.portal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail (R12.2; Decree 53/2022 keeps system logs twelve months). Written once,
 * never changed. Details name records by id, never by a person's personal data.
 */
@Entity
@Table(
        name = "audit_event",
        indexes = {
            @Index(name = "ix_audit_at", columnList = "occurredAt"),
            @Index(name = "ix_audit_actor", columnList = "actor")
        })
@NamedQuery(name = AuditEvent.LATEST, query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(
        name = AuditEvent.BY_ACTION,
        query = "select e from AuditEvent e where e.action = :action order by e.occurredAt desc, e.id desc")
public class AuditEvent {

    public static final String LATEST = "AuditEvent.latest";
    public static final String BY_ACTION = "AuditEvent.byAction";

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = 1000)
    private String detail;

    protected AuditEvent() {}

    public AuditEvent(Instant occurredAt, String actor, String action, String target, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.target = target;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
