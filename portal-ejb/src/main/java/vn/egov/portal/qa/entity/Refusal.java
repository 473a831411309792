package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** Why the board refused a question, in words the asker receives at once (Article 9.3). */
@Embeddable
public class Refusal {

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 40)
    private RefusalReason reason;

    @Column(name = "refusal_note", length = 2000)
    private String note;

    @Column(name = "refused_at")
    private Instant refusedAt;

    protected Refusal() {}

    Refusal(RefusalReason reason, String note, Instant refusedAt) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.note = note;
        this.refusedAt = Objects.requireNonNull(refusedAt, "refusedAt");
    }

    public RefusalReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }
}
