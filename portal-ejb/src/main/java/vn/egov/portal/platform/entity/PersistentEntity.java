package vn.egov.portal.platform.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Surrogate key and optimistic lock shared by every entity. The version makes concurrent edits fail
 * loudly instead of overwriting each other. Table-generated keys work the same on H2 and PostgreSQL.
 */
@MappedSuperclass
public abstract class PersistentEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }
}
