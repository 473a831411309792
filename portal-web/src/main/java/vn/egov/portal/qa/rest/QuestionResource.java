package vn.egov.portal.qa.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.platform.cache.rest.Shareable;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.rest.Created;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedSearch;
import vn.egov.portal.qa.boundary.QaSettings;
import vn.egov.portal.qa.boundary.QuestionIntake;
import vn.egov.portal.qa.boundary.Receipt;
import vn.egov.portal.qa.boundary.RoutingTable;

/**
 * Public Q&A (Article 9): ask a question, follow it by tracking code, read the published answers.
 * Nothing here ever returns personal data: published answers are the board's redacted copies and a
 * status is a state and dates.
 */
@Path("v1/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions and answers", description = "Ask, follow by tracking code, read published answers (public)")
public class QuestionResource {

    @Inject
    QuestionIntake intake;

    @Inject
    PublishedAnswers published;

    @Inject
    RoutingTable routing;

    @Inject
    QaSettings settings;

    @Inject
    ClientAddress clients;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("form")
    @Operation(
            summary = "What a submission needs: a fresh challenge, the consent text and version, the fields",
            description = "Solve the challenge: find a decimal nonce such that SHA-256(challenge + ':' + nonce) starts"
                    + " with challengeBits zero bits. A challenge is valid for 30 minutes and only once.")
    public Response form() {
        String challenge = intake.challenge();
        var consent = settings.data().consent();
        return Response.ok(new QaViews.FormView(
                        challenge,
                        intake.challengeBits(),
                        consent.version(),
                        new QaViews.Names(consent.text().vi(), consent.text().en()),
                        routing.listFields().stream().map(QaViews.FieldView::of).toList()))
                .build();
    }

    @GET
    @Path("challenge")
    @Operation(summary = "A fresh anti-abuse challenge alone (what the public form's script fetches)")
    public Response challenge() {
        return Response.ok(new QaViews.ChallengeView(intake.challenge(), intake.challengeBits()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question (Article 9.2 particulars, consent, solved challenge)")
    @APIResponse(responseCode = "201", description = "Stored; the body has the tracking code, Location the status")
    @APIResponse(responseCode = "400", description = "Every missing or invalid field, in the Accept-Language")
    @APIResponse(responseCode = "429", description = "Too many questions from this address or e-mail; see Retry-After")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "An individual asks about civil status",
                                            value =
                                                    "{\"particulars\": {\"kind\": \"INDIVIDUAL\", \"name\": \"Nguyễn Văn An\", \"nationality\": \"Việt Nam\", \"occupation\": \"Kỹ sư\", \"idNumber\": \"004099001234\", \"address\": \"Số 12 phố Kim Đồng, phường Hợp Giang, TP Cao Bằng\", \"phone\": \"0912345678\", \"email\": \"an.nguyen@example.vn\"}, \"title\": \"Đăng ký khai sinh quá hạn\", \"body\": \"Con tôi 3 tuổi chưa đăng ký khai sinh, thủ tục cần giấy tờ gì?\", \"field\": \"tu-phap-ho-tich\", \"consent\": true, \"consentVersion\": \"(consentVersion from the form/challenge call)\", \"challenge\": \"(challenge from the form/challenge call)\", \"nonce\": \"(nonce that solves the challenge)\", \"attachments\": []}")))
    public Response ask(QuestionPayload payload, @Context UriInfo uri) {
        if (payload == null) {
            throw InvalidInputException.of("body", "qa.error.required.body");
        }
        Language language = Language.of(ApiLanguage.of(headers));
        Receipt receipt = intake.submit(
                payload.form(language),
                new Proof(payload.challenge(), payload.nonce()),
                clients.of(request),
                payload.uploads());
        return Created.receipt(
                uri,
                "v1/questions/status/{code}",
                receipt.trackingCode(),
                new QaViews.ReceiptView(receipt.trackingCode(), receipt.receivedAt(), receipt.dueDate(), "RECEIVED"));
    }

    @GET
    @Path("status/{trackingCode}")
    @Operation(summary = "The state and due date of a question by its tracking code; nothing else")
    @APIResponse(responseCode = "404", description = "No question has this code")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address; see Retry-After")
    public Response status(@PathParam("trackingCode") String trackingCode) {
        return Response.ok(QaViews.StatusView.of(intake.status(trackingCode, clients.of(request))))
                .build();
    }

    @POST
    @Path("status/{trackingCode}/erasure-request")
    @Operation(summary = "The asker asks for their personal data to be erased (Article 19.2); the board executes it")
    @APIResponse(responseCode = "202", description = "Recorded; the board erases the data and keeps the public record")
    @APIResponse(responseCode = "404", description = "No question has this code")
    @APIResponse(responseCode = "409", description = "The data is erased already")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address; see Retry-After")
    public Response requestErasure(@PathParam("trackingCode") String trackingCode) {
        intake.requestErasure(trackingCode, clients.of(request));
        return Response.accepted().build();
    }

    @Shareable(seconds = 60)
    @GET
    @Operation(summary = "Published questions and answers, newest first; filter by field, agency and words")
    @APIResponse(
            responseCode = "200",
            description = "A page of published questions and answers",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "page or size outside their range; one entry per field")
    public Response list(
            @QueryParam("field") String field,
            @QueryParam("agency") String agency,
            @QueryParam("q") String text,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        var found = published.search(new PublishedSearch(field, agency, text, PageParameters.request(page, size)));
        var disclaimer = settings.disclaimer();
        return Response.ok(PageView.of(found, qa -> QaViews.PublishedView.of(qa, disclaimer)))
                .build();
    }

    @Shareable(seconds = 60)
    @GET
    @Path("{id}")
    @Operation(summary = "One published question and answer, with its citations and the disclaimer of Article 9.6")
    @APIResponse(responseCode = "404", description = "No published question has this id")
    @APIResponse(responseCode = "410", description = "The answer was published and has been withdrawn")
    public Response one(@PathParam("id") long id) {
        return Response.ok(QaViews.PublishedView.of(published.get(id), settings.disclaimer()))
                .build();
    }
}
