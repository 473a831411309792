package vn.egov.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * The fingerprint of the key that seals this database's personal data (never the key itself), so
 * that a start with another key, or after the key was lost, is noticed before anything is sealed
 * with a key nobody kept.
 */
@Entity
@Table(name = "sealing_key")
@NamedQuery(name = SealingKey.ALL, query = "select k from SealingKey k order by k.id")
public class SealingKey extends PersistentEntity {

    public static final String ALL = "SealingKey.all";

    @Column(nullable = false, unique = true, length = 60)
    private String fingerprint;

    @Column(nullable = false)
    private Instant recordedAt;

    protected SealingKey() {}

    public SealingKey(String fingerprint, Instant recordedAt) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
