package vn.egov.portal.consultation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.consultation.boundary.ConsultationRegister;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.consultation.entity.Extension;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.rest.PageParameters;
import vn.egov.portal.platform.rest.PageView;

/** Public consultations on draft documents (R7): the list and one with its parts and extensions. */
@Path("v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Draft documents open for public comment (public)")
public class ConsultationResource {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    ConsultationRegister register;

    public record Agency(String code, String name) {}

    public record Document(long id, String numberSymbol, String url) {}

    public record Part(int position, String kind, String number, String heading, String body) {}

    public record Extended(String previousClose, String newClose, String reason, String recordedAt) {}

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
            String url) {}

    @GET
    @Operation(summary = "Consultations that have been opened (never drafts), latest closing first")
    @APIResponse(
            responseCode = "200",
            description = "A page of consultations; phase is UPCOMING, OPEN, CLOSED or SUMMARISED",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "the paging malformed (the problem names it)")
    public PageView<Summary> list(
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        Instant now = register.now();
        ZoneId zone = register.zone();
        return PageView.of(register.list(PageParameters.request(page, size)), c -> summary(c, now, zone));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One consultation with its parts (chapters, sections, articles, clauses) and extensions")
    @APIResponse(responseCode = "404", description = "no opened consultation has this id")
    public Detail get(@PathParam("id") long id) {
        Consultation c = register.get(id);
        Instant now = register.now();
        ZoneId zone = register.zone();
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
                c.getPath());
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
