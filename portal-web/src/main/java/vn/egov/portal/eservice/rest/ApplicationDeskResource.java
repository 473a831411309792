package vn.egov.portal.eservice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.eservice.boundary.ApologyLetter;
import vn.egov.portal.eservice.boundary.ApplicationDesk;
import vn.egov.portal.eservice.boundary.DossierCase;
import vn.egov.portal.eservice.boundary.DossierStatus;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.boundary.ErasureRequest;

/**
 * The competent agency's officials work their dossiers (HTTP Basic): list, open (the particulars,
 * audited), move along the workflow. An official of another agency gets a 403 on the dossier.
 */
@Path("v1/eservice-desk/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Online applications desk", description = "The competent agency's officials work the dossiers")
@SecurityRequirement(name = "basic")
public class ApplicationDeskResource {

    @Inject
    ApplicationDesk desk;

    @GET
    @Operation(summary = "The dossiers of the caller's agencies, newest first; optionally in one state")
    @APIResponse(responseCode = "400", description = "An unknown state, or page or size outside their range")
    public Response list(
            @QueryParam("state") String state,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        return Response.ok(PageView.of(desk.list(state(state), PageParameters.request(page, size)), status -> status))
                .build();
    }

    @GET
    @Path("overdue")
    @Operation(
            summary = "The caller's agencies' dossiers past their due date while with the agency, most overdue first")
    public List<DossierStatus> overdue() {
        return desk.overdue();
    }

    @GET
    @Path("{code}/apology")
    @Operation(
            summary = "The letter of apology of a late dossier: the one sent, or the portal's draft to confirm",
            description = "The draft proposes a new appointment date portal.eservice.apology.extra-days working days"
                    + " after today and the standard wording.")
    @APIResponse(responseCode = "403", description = "The dossier belongs to another agency")
    @APIResponse(responseCode = "404", description = "No dossier has this code")
    @APIResponse(responseCode = "409", description = "The dossier is not past its due date while with the agency")
    public ApologyLetter apology(@PathParam("code") String code) {
        return desk.apology(code);
    }

    @POST
    @Path("{code}/apology")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send the letter of apology of a late dossier, as confirmed or edited",
            description = "Mailed to the applicant; the new appointment date shows on the public status.")
    @APIResponse(responseCode = "400", description = "The date is not a working day after today, or no text")
    @APIResponse(responseCode = "403", description = "The dossier belongs to another agency")
    @APIResponse(responseCode = "409", description = "The dossier is not past its due date while with the agency")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "The draft, with a later date",
                                            value = "{\"newDate\": \"2026-12-18\", \"text\": \"THƯ XIN LỖI ...\"}")))
    public ApologyLetter apologise(@PathParam("code") String code, ApologyPayload payload) {
        ApologyPayload body = payload == null ? new ApologyPayload(null, null) : payload;
        return desk.apologise(code, body.date(), body.text());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One dossier with the applicant's particulars, files and moves; the opening is audited")
    @APIResponse(responseCode = "403", description = "The dossier belongs to another agency")
    @APIResponse(responseCode = "404", description = "No dossier has this code")
    public DossierCase one(@PathParam("code") String code) {
        return desk.open(code);
    }

    @POST
    @Path("{code}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move the dossier (RECEIVE, REFUSE, START_PROCESSING, REQUEST_SUPPLEMENT, MARK_RESULT_READY,"
                    + " COMPLETE, REJECT) with a comment; a refusal, rejection or supplement request needs one")
    @APIResponse(responseCode = "400", description = "An unknown move, or a missing comment")
    @APIResponse(responseCode = "403", description = "The dossier belongs to another agency")
    @APIResponse(
            responseCode = "409",
            description = "The dossier's state does not allow the move; the problem names it")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Receive a complete application",
                                            value =
                                                    "{\"move\": \"RECEIVE\", \"comment\": \"Hồ sơ đầy đủ, tiếp nhận.\"}")))
    public DossierCase move(@PathParam("code") String code, MovePayload payload) {
        MovePayload body = payload == null ? new MovePayload(null, null) : payload;
        return desk.move(code, move(body.move()), body.comment());
    }

    @POST
    @Path("{code}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Erase the applicant's personal data (Article 19.2), as for Q&A; the dossier and the public"
                    + " results stay",
            description =
                    "requestedBy is ASKER (the applicant asked) or AUTHORITY (an order); the particulars, the"
                            + " files and the mails not sent yet go, the applicant's particulars are taken out of the comments.")
    @APIResponse(responseCode = "200", description = "Erased; the dossier as the record view shows it now")
    @APIResponse(responseCode = "400", description = "No requestedBy, or a reference over 300 characters")
    @APIResponse(responseCode = "403", description = "The dossier belongs to another agency")
    @APIResponse(responseCode = "404", description = "No dossier has this code")
    @APIResponse(responseCode = "409", description = "The particulars were erased already")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "The applicant asked for erasure",
                                            value =
                                                    "{\"requestedBy\": \"ASKER\", \"reference\": \"Đơn đề nghị ngày 05/01/2027\"}")))
    public DossierCase erase(@PathParam("code") String code, ErasureRequest payload) {
        return desk.erase(code, payload == null ? new ErasureRequest(null, null) : payload);
    }

    private static ApplicationMove move(String typed) {
        return Arrays.stream(ApplicationMove.values())
                .filter(move -> move.name().equals(typed))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("move", "eservice.error.move"));
    }

    private static ApplicationState state(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Arrays.stream(ApplicationState.values())
                .filter(state -> state.name().equals(typed.strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("state", "eservice.error.state"));
    }
}
