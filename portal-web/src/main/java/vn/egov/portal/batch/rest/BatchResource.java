package vn.egov.portal.batch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;

/** The batch operator's API: the jobs, starting one, and an execution with its step metrics. */
@Path("v1/batch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch", description = "Batch jobs for operators (role batch-operator)")
@SecurityRequirement(name = "basic")
public class BatchResource {

    @Inject
    BatchOperations operations;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** The body of a start request: job parameters by name. */
    public record StartRequest(Map<String, String> parameters) {}

    @GET
    @Path("jobs")
    @RolesAllowed({Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    @Operation(summary = "The jobs with their schedules, accepted parameters and last execution")
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    @APIResponse(responseCode = "403", description = "not a batch operator")
    public List<BatchViews.Job> jobs() {
        return operations.listJobs().stream()
                .map(job -> BatchViews.Job.of(job, ApiLanguage.of(headers)))
                .toList();
    }

    @POST
    @Path("jobs/{name}/executions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    @Operation(summary = "Start a job, e.g. {\"parameters\": {\"runDate\": \"2025-05-02\"}}")
    @APIResponse(responseCode = "201", description = "started; Location names the execution")
    @APIResponse(responseCode = "400", description = "an unknown or malformed parameter")
    @APIResponse(responseCode = "404", description = "no such job")
    @APIResponse(responseCode = "409", description = "the job is already running")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Parameters the job accepts (GET /api/v1/batch/jobs lists them)",
                                            value = "{\"parameters\": {\"runDate\": \"2027-01-05\"}}")))
    public Response start(@PathParam("name") String name, StartRequest request) {
        Map<String, String> parameters =
                request == null || request.parameters() == null ? Map.of() : request.parameters();
        long id = operations.start(name, parameters);
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/batch/executions/{id}").build(id))
                .entity(BatchViews.Execution.of(operations.getExecution(id), ApiLanguage.of(headers)))
                .build();
    }

    @GET
    @Path("executions/{id: [0-9]+}")
    @RolesAllowed({Roles.BATCH_OPERATOR, Roles.SYSADMIN})
    @Operation(
            summary =
                    "An execution: status, outcome, parameters and each step's read/written/skipped counts and duration")
    @APIResponse(responseCode = "404", description = "no such execution")
    public BatchViews.Execution execution(@PathParam("id") long id) {
        return BatchViews.Execution.of(operations.getExecution(id), ApiLanguage.of(headers));
    }
}
