package vn.egov.portal.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * How many public pages or API calls were served on one day of the portal's zone (issue 16, the
 * monthly report's page views). Requests are counted in memory and added here in batches
 * ({@code AccessCounts}), never one write per request.
 */
@Entity
@Table(name = "access_count", uniqueConstraints = @UniqueConstraint(columnNames = {"COUNT_DAY", "KIND"}))
@NamedQuery(
        name = AccessCount.ADD,
        query = "update AccessCount c set c.requests = c.requests + :requests where c.day = :day and c.kind = :kind")
@NamedQuery(
        name = AccessCount.BETWEEN,
        query = "select c from AccessCount c where c.day >= :from and c.day <= :to order by c.day, c.kind")
public class AccessCount extends PersistentEntity {

    public static final String ADD = "AccessCount.add";
    public static final String BETWEEN = "AccessCount.between";

    // DAY is a keyword of H2.
    @Column(name = "COUNT_DAY", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccessKind kind;

    @Column(nullable = false)
    private long requests;

    protected AccessCount() {}

    public AccessCount(LocalDate day, AccessKind kind, long requests) {
        this.day = Objects.requireNonNull(day, "day");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requests = requests;
    }

    public LocalDate getDay() {
        return day;
    }

    public AccessKind getKind() {
        return kind;
    }

    public long getRequests() {
        return requests;
    }
}
