package vn.egov.portal.integration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.egov.portal.integration.boundary.ApiTokens;
import vn.egov.portal.integration.boundary.IssuedToken;
import vn.egov.portal.integration.boundary.NewApiToken;
import vn.egov.portal.integration.entity.ApiScope;
import vn.egov.portal.integration.entity.ApiToken;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * Integrators' tokens, for the system administrator: issue one (its secret is shown on this page
 * once and never again), see which are active, revoke one.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 365;

    @Inject
    ApiTokens tokens;

    @Inject
    SiteDirectory directory;

    @Inject
    Clock clock;

    private List<ApiToken> list;
    private String integrator;
    private List<ApiScope> scopes = new ArrayList<>(List.of(ApiScope.READ));
    private String site;
    private Integer validDays = DEFAULT_DAYS;
    private String secret;

    @PostConstruct
    void load() {
        list = tokens.listTokens();
    }

    public void issue() {
        try {
            Set<ApiScope> chosen = scopes.isEmpty() ? Set.of() : EnumSet.copyOf(scopes);
            String siteOfToken = chosen.contains(ApiScope.SUBMIT) ? site : null;
            IssuedToken issued = tokens.issue(new NewApiToken(integrator, chosen, siteOfToken, validDays));
            secret = issued.secret();
            integrator = null;
            FacesFeedback.done("api.token.issued");
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "issue");
        }
    }

    public void revoke(ApiToken token) {
        try {
            tokens.revoke(token.getId());
            FacesFeedback.done("api.token.revoked");
        } catch (NotFoundException gone) {
            FacesFeedback.note("api.token.gone");
        }
        load();
    }

    /** active, expired or revoked: the key of the token's state in the bundle. */
    public String state(ApiToken token) {
        if (token.getRevokedAt() != null) {
            return "api.token.state.revoked";
        }
        return token.isActive(clock.instant()) ? "api.token.state.active" : "api.token.state.expired";
    }

    public ApiScope[] getAllScopes() {
        return ApiScope.values();
    }

    public List<Site> getSites() {
        List<Site> sites = new ArrayList<>(directory.listSubPortals());
        sites.add(0, directory.getMainSite());
        return sites;
    }

    public List<ApiToken> getList() {
        return list;
    }

    public String getIntegrator() {
        return integrator;
    }

    public void setIntegrator(String integrator) {
        this.integrator = integrator;
    }

    public List<ApiScope> getScopes() {
        return scopes;
    }

    public void setScopes(List<ApiScope> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    /** The secret of the token just issued, for this one rendering; null afterwards. */
    public String getSecret() {
        return secret;
    }

    public void forgetSecret() {
        secret = null;
    }
}
