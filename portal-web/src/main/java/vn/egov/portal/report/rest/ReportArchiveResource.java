package vn.egov.portal.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.document.rest.DocumentResponses;
import vn.egov.portal.report.boundary.ReportArchive;
import vn.egov.portal.report.boundary.RoyaltyStatement;
import vn.egov.portal.report.boundary.RoyaltyStatements;

/**
 * What of the kept reports is for their readers alone, under the officials' API constraint, apart
 * from the reports themselves, which are public once published: a report's files (a file holds
 * every section, published or not, so the public reads the published ones on the page and in the
 * JSON instead) and the royalty statements, one per author, with their files.
 */
@Path("v1/report-archive")
@Tag(name = "Reports")
@SecurityRequirement(name = "basic")
public class ReportArchiveResource {

    @Inject
    ReportArchive archive;

    @Inject
    RoyaltyStatements royalties;

    @GET
    @Path("{id: [0-9]+}/{format}")
    @Produces({
        "application/pdf",
        "application/vnd.oasis.opendocument.spreadsheet",
        "text/csv",
        MediaType.APPLICATION_JSON
    })
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    @Operation(summary = "The report as a file: pdf, ods or csv, written from its stored figures")
    @APIResponse(responseCode = "200", description = "the file, as an attachment")
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    @APIResponse(responseCode = "403", description = "not a reader of the report's kind")
    @APIResponse(responseCode = "404", description = "no such report or format")
    public Response file(@PathParam("id") long id, @PathParam("format") String format) {
        return DocumentResponses.ok(archive.file(id, ReportViews.format(format)));
    }

    @GET
    @Path("{id: [0-9]+}/statements/{n: [0-9]+}")
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
    @Operation(summary = "Author n's statement in a royalty report (1-based, in the order of its summary)")
    @APIResponse(responseCode = "200", description = "the author's works and total")
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    @APIResponse(responseCode = "403", description = "not the board or the system administrator")
    @APIResponse(responseCode = "404", description = "no such report, not a royalty report, or no statement n")
    public RoyaltyStatement statement(@PathParam("id") long id, @PathParam("n") int n) {
        return royalties.statement(id, n);
    }

    @GET
    @Path("{id: [0-9]+}/statements/{n: [0-9]+}/{format}")
    @Produces({
        "application/pdf",
        "application/vnd.oasis.opendocument.spreadsheet",
        "text/csv",
        MediaType.APPLICATION_JSON
    })
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN})
    @Operation(summary = "Author n's statement as a file: pdf, ods or csv, written from the stored figures")
    @APIResponse(responseCode = "200", description = "the file, as an attachment")
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    @APIResponse(responseCode = "403", description = "not the board or the system administrator")
    @APIResponse(responseCode = "404", description = "no such report, statement or format")
    public Response statementFile(@PathParam("id") long id, @PathParam("n") int n, @PathParam("format") String format) {
        return DocumentResponses.ok(royalties.file(id, n, ReportViews.format(format)));
    }
}
