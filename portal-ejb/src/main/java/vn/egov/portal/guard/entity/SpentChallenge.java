package vn.egov.portal.guard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proof-of-work challenge that was used for a public submission (a question, a comment, an
 * application). Kept in the database, not in memory, so
 * a challenge cannot be used again after a restart; kept until it would have expired anyway.
 */
@Entity
// The table keeps the name it had when only the Q&A used challenges.
@Table(name = "qa_spent_challenge", indexes = @Index(name = "ix_qa_spent_until", columnList = "expiresAt"))
@NamedQuery(name = SpentChallenge.EXPIRED, query = "delete from SpentChallenge s where s.expiresAt < :now")
public class SpentChallenge {

    public static final String EXPIRED = "SpentChallenge.expired";

    /** The challenge's random part: it names the challenge and says nothing else. */
    @Id
    @Column(length = 32)
    private String id;

    @Column(nullable = false)
    private Instant expiresAt;

    protected SpentChallenge() {}

    public SpentChallenge(String id, Instant expiresAt) {
        this.id = id;
        this.expiresAt = expiresAt;
    }

    public String getId() {
        return id;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
