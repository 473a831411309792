package vn.egov.portal.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import vn.egov.portal.platform.access.boundary.Roles;

/**
 * The integration API. Resources live under /api/v1/...; a breaking change gets /api/v2 beside it,
 * never an edit in place. Reads of public data need no credentials; the rest takes HTTP Basic.
 */
@ApplicationPath("api")
@DeclareRoles({
    Roles.COLLABORATOR,
    Roles.SECRETARY,
    Roles.DEPUTY_EDITOR,
    Roles.EDITOR_IN_CHIEF,
    Roles.SUBPORTAL_EDITOR,
    Roles.AGENCY_ANSWERER,
    Roles.BATCH_OPERATOR,
    Roles.SYSADMIN,
    Roles.INTEGRATOR
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Provincial e-Government Portal API",
                        version = "1",
                        description =
                                "Public data of the portal (sites, categories, organisation) and the officials' operations."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An integrator's API token (egp_…), issued in the console under API tokens")
public class PortalApi extends Application {

    /** Jersey would describe every resource at /api/application.wadl to anybody; /openapi is the description. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
