package vn.egov.portal.report.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;
import vn.egov.portal.report.boundary.PublicStatistics;
import vn.egov.portal.report.boundary.ReportArchive;
import vn.egov.portal.report.control.ReportReaders;

/**
 * The kept reports (issue 16): listed by kind and period, each with its figures. The board and the
 * operators see every report with its files ({@link ReportArchiveResource}); everybody else sees the
 * published statistics only, with only their published sections, and a report with nothing
 * published is a 404 for them. The answer depends on the caller, so it is never shared by caches.
 */
@Path("v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Reports",
        description = "Monthly and other reports: all of them for the roles editor-in-chief, deputy-editor,"
                + " batch-operator and sysadmin; royalty statements for editor-in-chief, deputy-editor, secretary"
                + " and sysadmin; the published statistics for everybody")
public class ReportResource {

    @Inject
    ReportArchive archive;

    @Inject
    PublicStatistics statistics;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext caller;

    /** Public: without a role of the archive, the published statistics alone. */
    @GET
    @SecurityRequirement(name = "basic")
    @Operation(
            summary = "The reports, newest first, of a kind (MONTHLY) and a period (2026-11, 2026-Q3, 2026);"
                    + " without a role of the archive, the published statistics only")
    @APIResponse(responseCode = "200", description = "a page of reports")
    @APIResponse(responseCode = "400", description = "an unknown kind, a malformed period or page")
    @APIResponse(responseCode = "401", description = "wrong credentials")
    public PageView<ReportViews.Summary> list(
            @Parameter(description = "MONTHLY, AGENCY_EVALUATION or ROYALTY_STATEMENT; all when absent")
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "2026-11, 2026-Q3 or 2026; all when absent") @QueryParam("period") String period,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        var request = PageParameters.request(page, size);
        return PageView.of(
                listReader() ? archive.list(kind, period, request) : statistics.list(kind, period, request),
                report -> ReportViews.Summary.of(report, uri));
    }

    /** Public: without a role of the archive, the published sections alone and no files. */
    @GET
    @Path("{id: [0-9]+}")
    @SecurityRequirement(name = "basic")
    @Operation(
            summary = "One report: its figures by section and the links to its PDF, ODS and CSV;"
                    + " without a role of the archive, only its published sections and no files")
    @APIResponse(responseCode = "200", description = "the report")
    @APIResponse(responseCode = "401", description = "wrong credentials")
    @APIResponse(responseCode = "403", description = "a role of the archive, but not a reader of the report's kind")
    @APIResponse(responseCode = "404", description = "no such report, or nothing of it published")
    public ReportViews.Detail get(@PathParam("id") long id) {
        Locale locale = ApiLanguage.of(headers);
        return archiveReader()
                ? ReportViews.Detail.of(archive.find(id), uri, locale, true)
                : ReportViews.Detail.of(statistics.find(id), uri, locale, false);
    }

    /** Who lists the whole archive; anyone else lists the published statistics. */
    private boolean listReader() {
        return ReportReaders.LIST.stream().anyMatch(caller::isUserInRole);
    }

    /**
     * Who reads reports from the archive, which then checks the report's kind (a secretary reads
     * royalty statements, not the monthly report); anyone else reads the published statistics.
     */
    private boolean archiveReader() {
        return ReportReaders.ANY.stream().anyMatch(caller::isUserInRole);
    }
}
