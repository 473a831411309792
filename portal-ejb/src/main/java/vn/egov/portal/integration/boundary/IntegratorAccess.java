package vn.egov.portal.integration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.egov.portal.integration.entity.ApiScope;
import vn.egov.portal.integration.entity.ApiToken;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.NotAuthenticatedException;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.site.entity.Site;

/**
 * The scope checks of tokens that {@code @RolesAllowed} cannot express: the container knows the
 * caller is an integrator, this bean knows for which site it may submit.
 */
@Stateless
@RolesAllowed(Roles.INTEGRATOR)
public class IntegratorAccess {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /** The calling token when it may send articles to this site's review queue; 403 otherwise. */
    public ApiToken requireSubmitter(Site site) {
        ApiToken token = currentToken();
        if (!token.allows(ApiScope.SUBMIT)) {
            throw new AccessDeniedException("The token has no submit scope", Phrase.of("api.error.scope.submit"));
        }
        if (!token.submitsTo(site)) {
            throw new AccessDeniedException(
                    "The token submits to another site than " + site.getSlug(),
                    Phrase.of("api.error.scope.site", site.getName()));
        }
        return token;
    }

    private ApiToken currentToken() {
        String principal = session.getCallerPrincipal().getName();
        if (!TokenCaller.isToken(principal)) {
            throw new NotAuthenticatedException();
        }
        ApiToken token = em.find(ApiToken.class, Long.valueOf(principal.substring(TokenCaller.PREFIX.length())));
        if (token == null || !token.isActive(clock.instant())) {
            throw new NotAuthenticatedException();
        }
        return token;
    }
}
