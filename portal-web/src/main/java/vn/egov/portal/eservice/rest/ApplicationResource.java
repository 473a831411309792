package vn.egov.portal.eservice.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.eservice.boundary.ApplicationIntake;
import vn.egov.portal.eservice.boundary.DossierReceipt;
import vn.egov.portal.eservice.boundary.DossierStatus;
import vn.egov.portal.eservice.boundary.EserviceSettings;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.platform.document.rest.DocumentResponses;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.rest.Created;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * Online applications, the applicant's side: send a dossier, follow it by its code (status, dates,
 * due date and agency; never the particulars), supplement or withdraw it with the receipt's secret.
 * An unknown code and a wrong secret are the same 404; look-ups are rate-limited per address.
 */
@Path("v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Online applications", description = "Send a dossier, track it by its code, supplement it (public)")
public class ApplicationResource {

    /** The header that carries the receipt's secret on a status look-up (never in the address). */
    public static final String SECRET_HEADER = "Dossier-Secret";

    @Inject
    ApplicationIntake intake;

    @Inject
    EserviceSettings settings;

    @Inject
    ClientAddress clients;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /** A challenge alone, as the public form's script fetches it ({@code bits}: the zero bits asked for). */
    public record Challenge(String challenge, int bits) {}

    @GET
    @Path("challenge")
    @Operation(summary = "A fresh anti-abuse challenge alone (what the public application form's script fetches)")
    public Response challenge() {
        return Response.ok(new Challenge(intake.challenge(), intake.challengeBits()))
                .cacheControl(noStore())
                .build();
    }

    @GET
    @Path("form")
    @Operation(
            summary = "What a submission needs: a fresh challenge and the consent text's version",
            description = "Solve the challenge: a decimal nonce such that SHA-256(challenge + ':' + nonce) starts with"
                    + " challengeBits zero bits; valid for 30 minutes and only once. The components of a procedure are"
                    + " those of GET /api/v1/procedures/{code}, numbered from 1 in their order.")
    public Response form() {
        return Response.ok(Map.of(
                        "challenge", intake.challenge(),
                        "challengeBits", intake.challengeBits(),
                        "consentVersion", settings.consentVersion()))
                .cacheControl(noStore())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a dossier: particulars, declaration, consent, solved challenge, the components' files")
    @APIResponse(
            responseCode = "201",
            description = "Stored; the body has the dossier code, the secret (shown only now) and the due date;"
                    + " Location is the status")
    @APIResponse(
            responseCode = "400",
            description = "Every missing or invalid field; each missing required component as components.N")
    @APIResponse(responseCode = "429", description = "Too many dossiers from this address or e-mail; see Retry-After")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "An individual applies for a judicial record extract",
                                            value =
                                                    "{\"procedure\": \"2.000488.000.00.00.H12\", \"particulars\": {\"kind\": \"INDIVIDUAL\", \"name\": \"Nguyễn Văn An\", \"nationality\": \"Việt Nam\", \"occupation\": \"Kỹ sư\", \"idNumber\": \"004099001234\", \"address\": \"Số 12 phố Kim Đồng, phường Hợp Giang, TP Cao Bằng\", \"phone\": \"0912345678\", \"email\": \"an.nguyen@example.vn\"}, \"declaration\": true, \"consent\": true, \"consentVersion\": \"(consentVersion from the form/challenge call)\", \"challenge\": \"(challenge from the form/challenge call)\", \"nonce\": \"(nonce that solves the challenge)\", \"files\": [{\"component\": 1, \"fileName\": \"to-khai.pdf\", \"content\": \"JVBERi0xLjQKJcfsj6IK\"}]}")))
    public Response submit(ApplicationPayload payload, @Context UriInfo uri) {
        if (payload == null) {
            throw InvalidInputException.of("procedure", "eservice.error.required.procedure");
        }
        DossierReceipt receipt = intake.submit(
                payload.form(ApiLanguage.of(headers).getLanguage()),
                new Proof(payload.challenge(), payload.nonce()),
                clients.of(request),
                payload.uploads());
        return Created.receipt(uri, "v1/applications/status/{code}", receipt.code(), receipt);
    }

    @GET
    @Path("status/{code}")
    @Operation(
            summary = "A dossier's state, dates, due date and agency by its code; no personal data",
            description = "With the receipt's secret in the Dossier-Secret header it also says what to supplement.")
    @APIResponse(responseCode = "404", description = "No dossier has this code, or the secret is wrong")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address; see Retry-After")
    public Response status(@PathParam("code") String code, @HeaderParam(SECRET_HEADER) String secret) {
        DossierStatus status = intake.status(code, secret, clients.of(request));
        return Response.ok(status).cacheControl(noStore()).build();
    }

    @GET
    @Path("{code}/receipt")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(
            summary = "The receipt (giấy tiếp nhận và hẹn trả kết quả) as a PDF, with the secret in the Dossier-Secret"
                    + " header",
            description = "The dossier code, the procedure, the agency, when it was received, the appointment date, the"
                    + " files received by component, how to track it and the applicant's name; made anew at each call,"
                    + " never cached.")
    @APIResponse(responseCode = "200", description = "The receipt", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No dossier has this code, or the secret is wrong or missing")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address; see Retry-After")
    public Response receipt(@PathParam("code") String code, @HeaderParam(SECRET_HEADER) String secret) {
        return DocumentResponses.ok(intake.receipt(code, secret, clients.of(request)));
    }

    @POST
    @Path("{code}/supplement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Supplement a dossier the agency asked to complete, with the secret; the clock resumes")
    @APIResponse(responseCode = "200", description = "Supplemented; the new status and due date")
    @APIResponse(responseCode = "404", description = "No dossier has this code, or the secret is wrong")
    @APIResponse(responseCode = "409", description = "No supplement is awaited; the problem names the dossier's state")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "The papers the office asked for",
                                            value =
                                                    "{\"secret\": \"(the secret printed on the receipt)\", \"note\": \"Bổ sung bản sao giấy khai sinh.\", \"files\": [{\"component\": 2, \"fileName\": \"khai-sinh.pdf\", \"content\": \"JVBERi0xLjQKJcfsj6IK\"}]}")))
    public Response supplement(@PathParam("code") String code, SupplementPayload payload) {
        SupplementPayload body = payload == null ? new SupplementPayload(null, null, null) : payload;
        DossierStatus status = intake.supplement(
                code, body.secret(), body.note(), ApplicationPayload.uploads(body.files()), clients.of(request));
        return Response.ok(status).cacheControl(noStore()).build();
    }

    @POST
    @Path("{code}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a dossier that is still open, with the secret")
    @APIResponse(responseCode = "404", description = "No dossier has this code, or the secret is wrong")
    @APIResponse(
            responseCode = "409",
            description = "The dossier can no longer be withdrawn; the problem names its state")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "The applicant withdraws",
                                            value =
                                                    "{\"secret\": \"(the secret printed on the receipt)\", \"reason\": \"Tôi nộp nhầm thủ tục.\"}")))
    public Response withdraw(@PathParam("code") String code, WithdrawalPayload payload) {
        WithdrawalPayload body = payload == null ? new WithdrawalPayload(null, null) : payload;
        return Response.ok(intake.withdraw(code, body.secret(), body.reason(), clients.of(request)))
                .cacheControl(noStore())
                .build();
    }

    @POST
    @Path("{code}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rate the service once the dossier is completed, with the secret",
            description = "rating is SATISFIED, ACCEPTABLE or UNSATISFIED; the comment (optional, at most 1000"
                    + " characters) is kept sealed and never published.")
    @APIResponse(responseCode = "201", description = "Rated; the dossier's status")
    @APIResponse(responseCode = "400", description = "No rating, an unknown one, or a comment too long")
    @APIResponse(responseCode = "404", description = "No dossier has this code, or the secret is wrong")
    @APIResponse(
            responseCode = "409",
            description = "The dossier is not completed (the problem names its state) or was rated already")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address; see Retry-After")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "A satisfied applicant",
                                            value =
                                                    "{\"secret\": \"(the secret printed on the receipt)\", \"rating\": \"SATISFIED\", \"comment\": \"Cán bộ hướng dẫn tận tình.\"}")))
    public Response rate(@PathParam("code") String code, RatingPayload payload) {
        RatingPayload body = payload == null ? new RatingPayload(null, null, null) : payload;
        DossierStatus status =
                intake.rate(code, body.secret(), body.ratingValue(), body.comment(), clients.of(request));
        return Response.status(Response.Status.CREATED)
                .entity(status)
                .cacheControl(noStore())
                .build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
