package vn.egov.portal.security.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.security.boundary.AccountSelfService;
import vn.egov.portal.security.entity.RoleGrant;
import vn.egov.portal.security.entity.UserAccount;

/** Lets an integrator check its credentials and see what they may do. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The calling account")
@SecurityRequirement(name = "basic")
public class MeResource {

    @Inject
    AccountSelfService self;

    public record Grant(String role, String site, String orgUnit) {}

    public record Me(String username, String displayName, List<Grant> grants) {}

    @GET
    @Operation(summary = "The calling account and its role grants")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    public Me me() {
        UserAccount account = self.me();
        return new Me(
                account.getUsername(),
                account.getDisplayName(),
                account.getGrants().stream().map(MeResource::grant).toList());
    }

    private static Grant grant(RoleGrant grant) {
        return new Grant(
                grant.getRole().group(),
                grant.getSite() == null ? null : grant.getSite().getSlug(),
                grant.getOrgUnit() == null ? null : grant.getOrgUnit().getCode());
    }
}
