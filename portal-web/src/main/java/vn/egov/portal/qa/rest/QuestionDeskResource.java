package vn.egov.portal.qa.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.boundary.ErasureRequest;
import vn.egov.portal.qa.boundary.AgencyLoad;
import vn.egov.portal.qa.boundary.AnswerDraft;
import vn.egov.portal.qa.boundary.AskerRecords;
import vn.egov.portal.qa.boundary.OpenQuestion;
import vn.egov.portal.qa.boundary.PublicationRequest;
import vn.egov.portal.qa.boundary.QaDashboard;
import vn.egov.portal.qa.boundary.QuestionAnswering;
import vn.egov.portal.qa.boundary.QuestionDesk;
import vn.egov.portal.qa.boundary.QuestionPublication;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionState;

/**
 * The officials' Q&A operations (HTTP Basic): the board classifies, routes, refuses, transfers,
 * splits, publishes and erases; an agency answers, sends progress notices or hands a question back.
 * Roles and scopes are checked by the boundaries: 403 when the question is not yours.
 */
@Path("v1/qa-desk/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Q&A desk", description = "The board's and the agencies' operations on questions (officials)")
@SecurityRequirement(name = "basic")
public class QuestionDeskResource {

    @Inject
    QuestionDesk desk;

    @Inject
    QuestionAnswering answering;

    @Inject
    QuestionPublication publication;

    @Inject
    AskerRecords askers;

    @Inject
    QaDashboard dashboard;

    @GET
    @Operation(summary = "The board's queue: questions in the given states (default RECEIVED), oldest first")
    public List<QaViews.CaseView> queue(@QueryParam("state") String states) {
        return desk.listQueue(states(states)).stream().map(QaViews.CaseView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A question with its history, for the board or the agency holding it; no asker data")
    public QaViews.CaseView one(@PathParam("id") long id) {
        return QaViews.CaseView.of(dashboard.getCase(id));
    }

    @GET
    @Path("{id}/asker")
    @Operation(summary = "The asker's particulars; every call is written to the audit trail")
    public Object asker(@PathParam("id") long id) {
        return askers.reveal(id);
    }

    @POST
    @Path("{id}/classification")
    @Operation(summary = "Classify by field (board)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Civil status question",
                                            value = "{\"field\": \"tu-phap-ho-tich\"}")))
    public QaViews.CaseView classify(@PathParam("id") long id, DeskPayloads.FieldChoice body) {
        return view(desk.classify(id, body == null ? null : body.field()));
    }

    @POST
    @Path("{id}/routing")
    @Operation(summary = "Route to the competent agency (board); the 15 working days run from receipt")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "To the Department of Justice",
                                            value =
                                                    "{\"agency\": \"so-tu-phap\", \"note\": \"Thuộc lĩnh vực hộ tịch.\"}")))
    public QaViews.CaseView route(@PathParam("id") long id, DeskPayloads.AgencyChoice body) {
        return view(desk.route(id, body == null ? null : body.agency()));
    }

    @POST
    @Path("{id}/refusal")
    @Operation(summary = "Refuse with a reason of Article 9.1 (board); the asker is told at once")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Outside the portal's remit",
                                            value =
                                                    "{\"reason\": \"OUTSIDE_REMIT\", \"note\": \"Nội dung không thuộc phạm vi trả lời của Cổng.\"}")))
    public QaViews.CaseView refuse(@PathParam("id") long id, DeskPayloads.RefusalPayload body) {
        return view(desk.refuse(id, body == null ? null : body.reason(), body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Transfer to another agency (board); the history keeps the path")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "To the Department of Health",
                                            value =
                                                    "{\"agency\": \"so-y-te\", \"note\": \"Câu hỏi về bảo hiểm y tế.\"}")))
    public QaViews.CaseView transfer(@PathParam("id") long id, DeskPayloads.AgencyChoice body) {
        return view(desk.transfer(id, body == null ? null : body.agency(), body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/split")
    @Operation(summary = "Split into parts for several agencies (board); each part is routed at once")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Two questions in one letter",
                                            value =
                                                    "{\"parts\": [{\"title\": \"Đăng ký khai sinh quá hạn\", \"body\": \"Thủ tục đăng ký khai sinh quá hạn cần giấy tờ gì?\", \"field\": \"tu-phap-ho-tich\", \"agency\": \"so-tu-phap\"}, {\"title\": \"Cấp thẻ bảo hiểm y tế cho trẻ em\", \"body\": \"Trẻ dưới 6 tuổi được cấp thẻ bảo hiểm y tế ở đâu?\", \"field\": \"y-te\", \"agency\": \"so-y-te\"}]}")))
    public Response split(@PathParam("id") long id, DeskPayloads.SplitPayload body) {
        List<Question> parts = desk.split(id, body == null ? List.of() : body.parts());
        return Response.ok(parts.stream().map(QaViews.CaseView::of).toList()).build();
    }

    @POST
    @Path("{id}/progress-notice")
    @Operation(summary = "Tell the asker by which date the agency will answer (Article 9.4)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Answer promised by a working day",
                                            value =
                                                    "{\"date\": \"2027-01-20\", \"note\": \"Cần xin ý kiến Sở Nội vụ.\"}")))
    public QaViews.CaseView promise(@PathParam("id") long id, DeskPayloads.PromisePayload body) {
        return view(answering.promise(id, body == null ? null : body.date(), body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Answer with the legal documents relied on (head or delegate on record; else 403)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "An answer citing the provincial decision",
                                            value =
                                                    "{\"text\": \"Theo Điều 5 Quyết định số 01/2014/QĐ-UBND, hồ sơ gồm tờ khai và bản sao giấy tờ tùy thân.\", \"citations\": [{\"documentId\": null, \"numberSymbol\": \"01/2014/QĐ-UBND\", \"excerpt\": \"Điều 5. Thành phần hồ sơ\", \"issuedOn\": \"2014-01-10\", \"issuingBody\": \"UBND tỉnh Cao Bằng\"}]}")))
    public QaViews.CaseView answer(@PathParam("id") long id, AnswerDraft body) {
        return view(answering.answer(id, body == null ? new AnswerDraft(null, List.of()) : body));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Hand the question back to the board, with the reason (agency)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "Back to the secretary",
                                            value = "{\"note\": \"Câu hỏi không thuộc thẩm quyền của Sở.\"}")))
    public QaViews.CaseView giveBack(@PathParam("id") long id, DeskPayloads.NotePayload body) {
        return view(answering.returnToBoard(id, body == null ? null : body.note()));
    }

    @GET
    @Path("{id}/publication-draft")
    @Operation(summary = "The proposed public copy with personal data redacted, and what the detectors find")
    public Object draft(@PathParam("id") long id) {
        return publication.draft(id);
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publish the redacted copy (board); refused while it holds personal data")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "The public wording, reviewed",
                                            value =
                                                    "{\"title\": \"Đăng ký khai sinh quá hạn\", \"body\": \"Thủ tục đăng ký khai sinh quá hạn cần giấy tờ gì?\", \"answer\": \"Theo Điều 5 Quyết định số 01/2014/QĐ-UBND, hồ sơ gồm tờ khai và bản sao giấy tờ tùy thân.\", \"reviewed\": true}")))
    public QaViews.CaseView publish(@PathParam("id") long id, PublicationRequest body) {
        return view(publication.publish(id, body == null ? new PublicationRequest(null, null, null, false) : body));
    }

    @DELETE
    @Path("{id}/publication")
    @Operation(summary = "Withdraw a published answer (board)")
    public QaViews.CaseView unpublish(@PathParam("id") long id, @QueryParam("note") String note) {
        return view(publication.unpublish(id, note));
    }

    @POST
    @Path("{id}/erasure")
    @Operation(summary = "Erase the asker's personal data (board, Article 19.2); the public record stays")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "The asker asked for erasure",
                                            value =
                                                    "{\"requestedBy\": \"ASKER\", \"reference\": \"Đơn đề nghị ngày 05/01/2027\"}")))
    public QaViews.CaseView erase(@PathParam("id") long id, ErasureRequest body) {
        return view(askers.erase(id, body == null ? new ErasureRequest(null, null) : body));
    }

    @GET
    @Path("dashboard")
    @Operation(
            summary = "Open, due-soon and overdue questions per agency (the caller's agencies, or all for the board)")
    public QaViews.DashboardView dashboardView() {
        List<OpenQuestion> open = dashboard.listOpen();
        return new QaViews.DashboardView(
                AgencyLoad.tally(open), open.stream().map(QaViews.OpenView::of).toList());
    }

    private static QaViews.CaseView view(Question question) {
        return QaViews.CaseView.of(question);
    }

    private static Set<QuestionState> states(String list) {
        if (list == null || list.isBlank()) {
            return EnumSet.of(QuestionState.RECEIVED);
        }
        try {
            return Arrays.stream(list.split(","))
                    .map(String::strip)
                    .map(QuestionState::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionState.class)));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("state", "qa.error.stateFilter");
        }
    }
}
