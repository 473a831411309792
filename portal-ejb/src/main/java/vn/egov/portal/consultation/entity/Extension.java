package vn.egov.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** A later closing time, with its reason: recorded and shown on the consultation page. */
@Entity
@Table(name = "consultation_extension")
public class Extension extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @Column(name = "previous_close", nullable = false)
    private Instant previousClose;

    @Column(name = "new_close", nullable = false)
    private Instant newClose;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Extension() {}

    Extension(
            Consultation consultation, Instant previousClose, Instant newClose, String reason, Instant at, String by) {
        this.consultation = Objects.requireNonNull(consultation);
        this.previousClose = Objects.requireNonNull(previousClose);
        this.newClose = Objects.requireNonNull(newClose);
        this.reason = Objects.requireNonNull(reason);
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
    }

    public Instant getPreviousClose() {
        return previousClose;
    }

    public Instant getNewClose() {
        return newClose;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
