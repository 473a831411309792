package vn.egov.portal.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks a data set as loaded, so a restart on the same data never loads it twice. */
@Entity
@Table(name = "seed_record")
public class SeedRecord {

    @Id
    @Column(name = "seed_key", length = 100)
    private String key;

    @Column(nullable = false)
    private Instant appliedAt;

    protected SeedRecord() {}

    public SeedRecord(String key, Instant appliedAt) {
        this.key = key;
        this.appliedAt = appliedAt;
    }

    public String getKey() {
        return key;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
