package vn.egov.portal.integration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.site.entity.Site;

/**
 * An integrator's API token. Only the SHA-256 of the secret is kept, so a copy of the database opens
 * nothing; the secret is shown once, when it is issued. A token stops working when it expires or is
 * revoked, and is kept afterwards so the audit trail can still name it.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t where t.secretHash = :hash")
@NamedQuery(name = ApiToken.ALL, query = "select t from ApiToken t order by t.issuedAt desc")
public class ApiToken extends PersistentEntity {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String ALL = "ApiToken.all";

    /** Last use is written at most this often, so a busy integrator does not write on every call. */
    private static final Duration USE_GRAIN = Duration.ofMinutes(10);

    @Column(nullable = false, length = 60)
    private String integrator;

    @Column(nullable = false, length = 64, unique = true)
    private String secretHash;

    @Column(nullable = false)
    private boolean scopeRead;

    @Column(nullable = false)
    private boolean scopeSubmit;

    @Column(nullable = false)
    private boolean scopeOperator;

    /** The one site whose review queue a submitting token feeds. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Site site;

    @Column(nullable = false, length = 64)
    private String issuedBy;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant revokedAt;

    @Column(length = 64)
    private String revokedBy;

    private Instant lastUsedAt;

    protected ApiToken() {}

    public ApiToken(
            String integrator,
            String secretHash,
            Set<ApiScope> scopes,
            Site site,
            String issuedBy,
            Instant issuedAt,
            Instant expiresAt) {
        this.integrator = Objects.requireNonNull(integrator, "integrator");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.scopeRead = scopes.contains(ApiScope.READ);
        this.scopeSubmit = scopes.contains(ApiScope.SUBMIT);
        this.scopeOperator = scopes.contains(ApiScope.OPERATOR);
        if (scopeSubmit != (site != null)) {
            throw new IllegalArgumentException("A site goes with the submit scope, and only with it");
        }
        this.site = site;
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** True while the token opens the API: not revoked and not yet expired. */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean allows(ApiScope scope) {
        return scopes().contains(scope);
    }

    /** True when the token may send articles to this site's review queue. */
    public boolean submitsTo(Site wanted) {
        return scopeSubmit && site != null && Objects.equals(site.getId(), wanted.getId());
    }

    public Set<ApiScope> scopes() {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (scopeRead) {
            scopes.add(ApiScope.READ);
        }
        if (scopeSubmit) {
            scopes.add(ApiScope.SUBMIT);
        }
        if (scopeOperator) {
            scopes.add(ApiScope.OPERATOR);
        }
        return scopes;
    }

    /** Revoking twice keeps the first revocation. */
    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(USE_GRAIN).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    public String getIntegrator() {
        return integrator;
    }

    public Optional<Site> site() {
        return Optional.ofNullable(site);
    }

    public Site getSite() {
        return site;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
