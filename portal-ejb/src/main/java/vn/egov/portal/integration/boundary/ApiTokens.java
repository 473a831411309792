package vn.egov.portal.integration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.integration.control.TokenSecrets;
import vn.egov.portal.integration.entity.ApiScope;
import vn.egov.portal.integration.entity.ApiToken;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * Integrators' API tokens: the administrator issues them (the secret is shown once), lists and
 * revokes them, each step in the audit trail; the log-in mechanism turns a presented secret into a
 * caller. Every token holds the integrator role; the operator scope adds the batch operator's.
 */
@Stateless
@RolesAllowed(Roles.SYSADMIN)
public class ApiTokens {

    public static final int MAX_DAYS = 730;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputs;

    @Inject
    SiteDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public IssuedToken issue(NewApiToken typed) {
        NewApiToken input = inputs.require(typed);
        Site site = Text.isBlank(input.site())
                ? null
                : directory
                        .findSite(input.site().trim())
                        .orElseThrow(() -> InvalidInputException.of("site", "api.token.error.site"));
        String secret = TokenSecrets.newSecret();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(
                Text.clean(input.integrator()),
                TokenSecrets.hashOf(secret).orElseThrow(),
                input.scopes(),
                site,
                session.getCallerPrincipal().getName(),
                now,
                now.plus(Duration.ofDays(input.validDays())));
        em.persist(token);
        em.flush();
        audit.record("api-token.issue", target(token), describe(token));
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> listTokens() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    public ApiToken revoke(Long id) {
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .orElseThrow(() -> new NotFoundException("API token", id));
        if (token.getRevokedAt() == null) {
            token.revoke(session.getCallerPrincipal().getName(), clock.instant());
            audit.record("api-token.revoke", target(token), token.getIntegrator());
        }
        return token;
    }

    /** The caller a presented secret stands for, while its token is active; empty for anything else. */
    // Open to every caller on purpose: the log-in mechanism asks before anybody is known.
    @PermitAll
    public Optional<TokenCaller> authenticate(String presented) {
        Instant now = clock.instant();
        return TokenSecrets.hashOf(presented)
                .flatMap(hash -> em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                        .setParameter("hash", hash)
                        // Read from the database, not the shared cache: a token revoked or cut short
                        // elsewhere (another node, the database) stops at once.
                        .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                        .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
                        .getResultStream()
                        .findFirst())
                .filter(token -> token.isActive(now))
                .map(token -> {
                    token.used(now);
                    return new TokenCaller(TokenCaller.principalOf(token.getId()), groupsOf(token));
                });
    }

    static Set<String> groupsOf(ApiToken token) {
        Set<String> groups = new TreeSet<>(Set.of(Roles.INTEGRATOR));
        if (token.allows(ApiScope.OPERATOR)) {
            groups.add(Roles.BATCH_OPERATOR);
        }
        return groups;
    }

    private static String target(ApiToken token) {
        return "api-token " + token.getId();
    }

    private static String describe(ApiToken token) {
        return token.getIntegrator() + " " + token.scopes()
                + token.site().map(site -> " " + site.getSlug()).orElse("")
                + " until " + token.getExpiresAt();
    }
}
