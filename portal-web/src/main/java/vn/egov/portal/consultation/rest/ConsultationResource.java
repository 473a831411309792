package vn.egov.portal.consultation.rest;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.consultation.boundary.CommentForm;
import vn.egov.portal.consultation.boundary.CommentIntake;
import vn.egov.portal.consultation.boundary.ConsultationRegister;
import vn.egov.portal.consultation.boundary.ConsultationSettings;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.consultation.entity.Extension;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.SubmissionGuard;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.media.rest.Base64Content;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.qa.boundary.Upload;

/** Public consultations on draft documents (R7): the list and one with its parts and extensions. */
@Path("v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Draft documents open for public comment (public)")
public class ConsultationResource {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The longest a public read of consultations may be kept without asking again. */
    private static final long KEPT_SECONDS = 60;

    @Inject
    ConsultationRegister register;

    @Inject
    CommentIntake intake;

    @Inject
    SubmissionGuard guard;

    @Inject
    ConsultationSettings settings;

    @Inject
    ClientAddress clients;

    @Context
    HttpServletRequest request;

    public record Agency(String code, String name) {}

    public record Document(long id, String numberSymbol, String url) {}

    public record Part(int position, String kind, String number, String heading, String body) {}

    public record Extended(String previousClose, String newClose, String reason, String recordedAt) {}

    /** A published comment; copies: how many comments its campaign group holds (1 for a comment like no other). */
    public record PublicComment(
            long id, Integer partPosition, String name, String body, String receivedAt, int copies) {}

    /** One row of the summary: a comment or campaign (copies), the part it is on, the answer. */
    public record SummaryRow(
            Integer partPosition, String part, String comment, int copies, String verdict, String explanation) {}

    /** A file of the summary: PDF (Vietnamese font embedded), ODT or CSV, at its public address. */
    public record SummaryFile(long id, String name, String format, long sizeBytes, String url) {}

    public record SummaryOfResponses(
            long id, String title, String summarisedAt, List<SummaryFile> files, List<SummaryRow> rows) {}

    /** A comment as sent: partPosition absent for the whole draft; challenge and nonce from the guard. */
    public record CommentPayload(
            Integer partPosition,
            String body,
            String name,
            String email,
            String organisation,
            Boolean showName,
            String consentVersion,
            String challenge,
            String nonce,
            AttachmentPayload attachment) {

        /** A file with the comment: its name and its bytes in Base64. */
        public record AttachmentPayload(String fileName, String content) {}

        /** The file, decoded, or null when none came; content that is not Base64 is a 400 on "attachment". */
        Upload upload() {
            return attachment == null
                    ? null
                    : Upload.of(
                            attachment.fileName(),
                            Base64Content.decode(
                                    attachment.content(), "attachment", "consultation.error.attachmentEncoding"));
        }
    }

    public record Challenge(String challenge, int bits, String consentVersion) {}

    public record Accepted(long id, String state) {}

    public record Summary(
            long id,
            String slug,
            String title,
            String summary,
            Agency leadAgency,
            String phase,
            String opensAt,
            String closesAt,
            String url) {}

    public record Detail(
            long id,
            String slug,
            String title,
            String summary,
            Agency leadAgency,
            String contactName,
            String contactEmail,
            String contactPhone,
            String phase,
            String opensAt,
            String closesAt,
            boolean split,
            Document amends,
            Document issued,
            List<Part> parts,
            List<Extended> extensions,
            List<PublicComment> comments,
            String url) {}

    @GET
    @Operation(summary = "Consultations that have been opened (never drafts), latest closing first")
    @APIResponse(
            responseCode = "200",
            description = "A page of consultations; phase is UPCOMING, OPEN, CLOSED or SUMMARISED",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "the paging malformed (the problem names it)")
    public Response list(
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        Instant now = register.now();
        ZoneId zone = register.zone();
        ResultPage<Consultation> found = register.list(PageParameters.request(page, size));
        return phased(PageView.of(found, c -> summary(c, now, zone)), found.items(), now);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One consultation with its parts (chapters, sections, articles, clauses) and extensions")
    @APIResponse(
            responseCode = "200",
            description = "The consultation; phase is UPCOMING, OPEN, CLOSED or SUMMARISED",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = "no opened consultation has this id")
    public Response get(@PathParam("id") long id) {
        Consultation c = register.get(id);
        Instant now = register.now();
        ZoneId zone = register.zone();
        return phased(detail(c, now, zone), List.of(c), now);
    }

    /**
     * A read whose phases move with the clock: kept at most until the next opening or closing of the
     * consultations it shows (never past {@link #KEPT_SECONDS}); its tag names their phases, so a
     * copy taken before a phase changed is never confirmed after it (ConditionalGets adds the public
     * content version); Last-Modified is at least the last opening or closing passed.
     */
    private static Response phased(Object entity, List<Consultation> shown, Instant now) {
        long seconds = KEPT_SECONDS;
        Instant lastChange = Instant.EPOCH;
        StringBuilder phases = new StringBuilder();
        for (Consultation c : shown) {
            phases.append(c.getId()).append(c.phaseAt(now).name().charAt(0));
            for (Instant change : new Instant[] {c.getOpensAt(), c.getClosesAt()}) {
                if (change == null) {
                    continue;
                }
                if (change.isAfter(now)) {
                    seconds = Math.min(seconds, Duration.between(now, change).getSeconds());
                } else if (change.isAfter(lastChange)) {
                    lastChange = change;
                }
            }
        }
        Response.ResponseBuilder answer = Response.ok(entity)
                .header(HttpHeaders.CACHE_CONTROL, seconds > 0 ? "public, max-age=" + seconds : "no-cache")
                .tag(new EntityTag(Integer.toHexString(phases.toString().hashCode()), true));
        return (lastChange.equals(Instant.EPOCH) ? answer : answer.lastModified(Date.from(lastChange))).build();
    }

    private Detail detail(Consultation c, Instant now, ZoneId zone) {
        return new Detail(
                c.getId(),
                c.getSlug(),
                c.getTitle(),
                c.getSummary(),
                agency(c),
                c.getContactName(),
                c.getContactEmail(),
                c.getContactPhone(),
                c.phaseAt(now).name(),
                time(c.getOpensAt(), zone),
                time(c.getClosesAt(), zone),
                c.isSplit(),
                document(c.getAmends()),
                document(c.getIssued()),
                c.getParts().stream().map(ConsultationResource::part).toList(),
                c.getExtensions().stream().map(e -> extended(e, zone)).toList(),
                comments(c, zone),
                c.getPath());
    }

    @GET
    @Path("{id: [0-9]+}/summary")
    @Operation(
            summary = "The published summary of responses: its files (PDF, ODT, CSV) and, per part, each comment or"
                    + " campaign with the agency's answer")
    @APIResponse(responseCode = "200", description = "verdict is ACCEPTED, PARTLY_ACCEPTED or NOT_ACCEPTED")
    @APIResponse(
            responseCode = "404",
            description = "no opened consultation has this id, or its summary is not published")
    public SummaryOfResponses summaryOf(@PathParam("id") long id) {
        Consultation c = register.get(id);
        if (c.getSummarisedAt() == null) {
            throw new NotFoundException("Summary of consultation", id);
        }
        return new SummaryOfResponses(
                c.getId(),
                c.getTitle(),
                time(c.getSummarisedAt(), register.zone()),
                c.getSummaryFiles().stream()
                        .map(file -> new SummaryFile(
                                file.getId(),
                                file.getStored().getFileName(),
                                file.getStored().getFormat().name(),
                                file.getStored().getSizeBytes(),
                                "/lay-y-kien/tep/" + file.getId()))
                        .toList(),
                register.summary(c).stream()
                        .map(row -> new SummaryRow(
                                row.partPosition() == 0 ? null : row.partPosition(),
                                row.part(),
                                row.comment(),
                                row.copies(),
                                row.verdict().name(),
                                row.explanation()))
                        .toList());
    }

    @GET
    @Path("challenge")
    @Operation(
            summary = "What a comment needs: a fresh challenge and the consent version",
            description = "Find a decimal nonce such that SHA-256(challenge + ':' + nonce) starts with bits zero bits;"
                    + " each challenge is taken once.")
    public Challenge challenge() {
        return new Challenge(intake.challenge(), guard.bits(), settings.consentVersion());
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on the whole draft or on one part (partPosition) while the consultation is open")
    @APIResponse(
            responseCode = "201",
            description =
                    "Stored; state PENDING (moderated first), PUBLISHED, or AWAITING_CONFIRMATION (a link was mailed)")
    @APIResponse(responseCode = "400", description = "Every missing or invalid field, in the Accept-Language")
    @APIResponse(responseCode = "404", description = "no opened consultation has this id")
    @APIResponse(responseCode = "409", description = "not open for comment; the problem gives the period")
    @APIResponse(responseCode = "429", description = "Too many comments from this address or e-mail; see Retry-After")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "A comment on part 2 of the draft",
                                            value =
                                                    "{\"partPosition\": 2, \"body\": \"Đề nghị bổ sung quy định về thời hạn trả lời kiến nghị của công dân.\", \"name\": \"Nguyễn Văn An\", \"email\": \"an.nguyen@example.vn\", \"organisation\": null, \"showName\": true, \"consentVersion\": \"(consentVersion from the form/challenge call)\", \"challenge\": \"(challenge from the form/challenge call)\", \"nonce\": \"(nonce that solves the challenge)\", \"attachment\": {\"fileName\": \"gop-y.pdf\", \"content\": \"JVBERi0xLjQKJcfsj6IK\"}}")))
    public Response comment(@PathParam("id") long id, CommentPayload payload, @Context UriInfo uri) {
        if (payload == null) {
            throw InvalidInputException.of("body", "consultation.error.comment");
        }
        long comment = intake.submit(
                id,
                new CommentForm(
                        payload.partPosition(),
                        payload.body(),
                        payload.name(),
                        payload.email(),
                        payload.organisation(),
                        Boolean.TRUE.equals(payload.showName()),
                        payload.consentVersion()),
                new Proof(payload.challenge(), payload.nonce()),
                clients.of(request),
                payload.upload(),
                uri.getBaseUri().resolve("..").toString().replaceAll("/+$", ""));
        String state = settings.confirmEmail()
                ? "AWAITING_CONFIRMATION"
                : settings.moderation() == ConsultationSettings.Moderation.AFTER ? "PUBLISHED" : "PENDING";
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/consultations/{id}").build(id))
                .entity(new Accepted(comment, state))
                .build();
    }

    /** Every published comment, oldest first, each with the size of its campaign group. */
    private List<PublicComment> comments(Consultation c, ZoneId zone) {
        List<Comment> published = register.publishedComments(c);
        Map<Comment, Integer> copies = new HashMap<>();
        register.groups(published)
                .forEach(group -> group.members().forEach(member -> copies.put(member, group.copies())));
        return published.stream()
                .map(comment -> new PublicComment(
                        comment.getId(),
                        comment.getPart() == null ? null : comment.getPart().getPosition(),
                        comment.getPublicName(),
                        comment.getBody(),
                        time(comment.getReceivedAt(), zone),
                        copies.getOrDefault(comment, 1)))
                .toList();
    }

    @GET
    @Path("confirmations/{token}")
    @Operation(
            summary = "The link of the confirmation mail: the comment counts from now on",
            description = "Sends the commenter to the consultation's page (303).")
    @APIResponse(responseCode = "303", description = "Confirmed; Location is the consultation's page")
    @APIResponse(responseCode = "404", description = "No comment waits for this token (unknown or used)")
    public Response confirm(@PathParam("token") String token, @Context UriInfo uri) {
        String page = intake.confirm(token);
        return Response.seeOther(uri.getBaseUri().resolve(".." + page)).build();
    }

    private static Summary summary(Consultation c, Instant now, ZoneId zone) {
        return new Summary(
                c.getId(),
                c.getSlug(),
                c.getTitle(),
                c.getSummary(),
                agency(c),
                c.phaseAt(now).name(),
                time(c.getOpensAt(), zone),
                time(c.getClosesAt(), zone),
                c.getPath());
    }

    private static Agency agency(Consultation c) {
        return new Agency(
                c.getLeadAgency().getCode(), c.getLeadAgency().getName().in(VI));
    }

    private static Part part(DraftPart p) {
        return new Part(p.getPosition(), p.getKind().name(), p.getNumber(), p.getHeading(), p.getBody());
    }

    private static Extended extended(Extension e, ZoneId zone) {
        return new Extended(
                time(e.getPreviousClose(), zone),
                time(e.getNewClose(), zone),
                e.getReason(),
                time(e.getRecordedAt(), zone));
    }

    private static Document document(LegalDocument d) {
        return d == null ? null : new Document(d.getId(), d.getNumberSymbol(), "/van-ban/" + d.getEliPath());
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }
}
