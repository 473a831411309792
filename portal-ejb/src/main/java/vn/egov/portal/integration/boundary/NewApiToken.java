package vn.egov.portal.integration.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import vn.egov.portal.integration.entity.ApiScope;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;

/**
 * What the administrator types to issue a token: who it is for, what it may do, for how long, and
 * for a submitting token the one site whose review queue it feeds.
 */
public record NewApiToken(
        @Required(message = "{api.token.error.integrator}")
                @MaxLength(value = 60, message = "{api.token.error.integrator}")
                @Storable
                String integrator,
        @NotEmpty(message = "{api.token.error.scopes}") Set<ApiScope> scopes,
        @MaxLength(80) String site,
        @NotNull(message = "{api.token.error.validDays}")
                @Min(value = 1, message = "{api.token.error.validDays}")
                @Max(value = ApiTokens.MAX_DAYS, message = "{api.token.error.validDays}")
                Integer validDays) {

    /** A submitting token names its site; any other token names none. */
    @AssertTrue(message = "{api.token.error.site}")
    private boolean isSite() {
        return scopes == null || scopes.contains(ApiScope.SUBMIT) != Text.isBlank(site);
    }
}
