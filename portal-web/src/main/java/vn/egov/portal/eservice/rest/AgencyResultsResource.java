package vn.egov.portal.eservice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.eservice.boundary.PublicResults;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** One agency's public results for a month. */
@Path("v1/applications/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public results", description = "On-time and satisfaction figures of the online public services")
public class AgencyResultsResource {

    @Inject
    PublicResults results;

    @GET
    @Operation(
            summary = "An agency's dossiers of a month: received, on time, late, in progress, rejected, rates",
            description =
                    "Counts the dossiers submitted in the month (Asia/Ho_Chi_Minh) to the agency (org unit code).")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(
            responseCode = "400",
            description =
                    "No agency (the problem names the field agency), or month is not YYYY-MM or lies in the future")
    @APIResponse(responseCode = "404", description = "No agency has this code")
    public Response get(
            @Parameter(description = "The agency's org unit code, e.g. so-tu-phap", required = true)
                    @QueryParam("agency")
                    String agency,
            @Parameter(description = "YYYY-MM; the current month when absent") @QueryParam("month") String month) {
        if (Text.isBlank(agency)) {
            throw InvalidInputException.of("agency", "eservice.error.required.agency");
        }
        return Response.ok(results.ofAgency(agency, month))
                .cacheControl(ResultsCaching.shortPublic())
                .build();
    }
}
