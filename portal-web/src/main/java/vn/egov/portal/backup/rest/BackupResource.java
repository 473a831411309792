package vn.egov.portal.backup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.backup.boundary.DatabaseBackup;
import vn.egov.portal.platform.access.boundary.Roles;

/** What server-config/backup.sh calls on the host: a consistent copy of the embedded database. */
@Path("v1/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Backup of the embedded database (system administrator, batch operator)")
@SecurityRequirement(name = "basic")
public class BackupResource {

    @Inject
    DatabaseBackup backup;

    @POST
    @RolesAllowed({Roles.SYSADMIN, Roles.BATCH_OPERATOR})
    @Operation(
            summary = "Write a consistent copy of the embedded H2 database under $PORTAL_DATA/backups",
            description = "The file stays on the server (it is not served); the answer names it and the fingerprint"
                    + " of the personal-data key it needs. server-config/backup.sh packs it with the files.")
    @APIResponse(responseCode = "200", description = "written; the body names the file")
    @APIResponse(responseCode = "409", description = "the database is PostgreSQL: use pg_dump (backup.sh does)")
    public DatabaseBackup.Snapshot create() {
        return backup.snapshot();
    }
}
