package vn.egov.portal.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.rest.DocumentResponses;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;
import vn.egov.portal.report.boundary.ReportArchive;
import vn.egov.portal.report.boundary.RoyaltyStatement;
import vn.egov.portal.report.boundary.RoyaltyStatements;

/**
 * The kept reports (issue 16): listed by kind and period, each with its figures and its files,
 * which are written from the stored figures. For the board and the operators; published statistics
 * for everybody come later.
 */
@Path("v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Reports",
        description = "Monthly and other reports (roles editor-in-chief, deputy-editor, batch-operator, sysadmin);"
                + " royalty statements for editor-in-chief, deputy-editor, secretary and sysadmin only")
@SecurityRequirement(name = "basic")
public class ReportResource {

    @Inject
    ReportArchive archive;

    @Inject
    RoyaltyStatements royalties;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    @Operation(summary = "The reports, newest first, of a kind (MONTHLY) and a period (2026-11, 2026-Q3, 2026)")
    @APIResponse(responseCode = "200", description = "a page of reports")
    @APIResponse(responseCode = "400", description = "an unknown kind, a malformed period or page")
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    @APIResponse(responseCode = "403", description = "not the board or an operator")
    public PageView<ReportViews.Summary> list(
            @Parameter(description = "MONTHLY, AGENCY_EVALUATION or ROYALTY_STATEMENT; all when absent")
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "2026-11, 2026-Q3 or 2026; all when absent") @QueryParam("period") String period,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        return PageView.of(
                archive.list(kind, period, PageParameters.request(page, size)),
                report -> ReportViews.Summary.of(report, uri));
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed({Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    @Operation(summary = "One report: its figures by section and the links to its PDF, ODS and CSV")
    @APIResponse(responseCode = "200", description = "the report")
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    @APIResponse(responseCode = "403", description = "not a reader of the report's kind")
    @APIResponse(responseCode = "404", description = "no such report")
    public ReportViews.Detail get(@PathParam("id") long id) {
        return ReportViews.Detail.of(archive.find(id), uri, ApiLanguage.of(headers));
    }

    @GET
    @Path("{id: [0-9]+}/files/{format}")
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
        return DocumentResponses.ok(archive.file(id, format(format)));
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
    @Path("{id: [0-9]+}/statements/{n: [0-9]+}/files/{format}")
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
        return DocumentResponses.ok(royalties.file(id, n, format(format)));
    }

    private static DocumentFormat format(String format) {
        if (!ReportViews.FORMATS.contains(format)) {
            throw new NotFoundException("report file format", format);
        }
        return DocumentFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    }
}
