package vn.egov.portal.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * A place an account logged in from: a keyed digest of the client address, never the address
 * itself, and when it last succeeded there. While strangers have the account locked, its owner
 * still gets in from such a place.
 */
@Embeddable
public class KnownPlace {

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(nullable = false)
    private Instant lastLoginAt;

    protected KnownPlace() {}

    KnownPlace(String digest, Instant lastLoginAt) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.lastLoginAt = Objects.requireNonNull(lastLoginAt, "lastLoginAt");
    }

    boolean is(String otherDigest) {
        return digest.equals(otherDigest);
    }

    boolean seenSince(Instant since) {
        return !lastLoginAt.isBefore(since);
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
