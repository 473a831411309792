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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.boundary.ProcedureEditing;
import vn.egov.portal.eservice.boundary.ProcedureSearch;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureForm;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.eservice.web.ProcedureFormDownloads;
import vn.egov.portal.platform.cache.rest.Shareable;
import vn.egov.portal.platform.discovery.web.AtomResponse;
import vn.egov.portal.platform.paging.rest.FilterParameters;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;

/** The catalogue of administrative procedures for integrators (R8): filtered pages and one by its code. */
@Path("v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures", description = "The catalogue of administrative procedures (public)")
public class ProcedureResource {

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    ProcedureEditing editing;

    public record Component(String name, int originals, int copies, boolean required, String formUrl) {}

    /** A document of the legal basis; {@code url} (from the root) when the portal's legal register publishes it. */
    public record Citation(String numberSymbol, String title, String url) {}

    /** One revision: number, time, the parts that changed ({@code ProcedurePart} names) and the note. */
    public record Revision(
            String code, String name, int number, Instant changedAt, List<String> changed, String note) {}

    /** What an import did. */
    public record ImportView(int rows, int created, int changed) {}

    public record ProcedureView(
            String code,
            String name,
            String field,
            String agency,
            String agencyName,
            String level,
            String onlineLevel,
            Long feeVnd,
            int processingWorkingDays,
            String result,
            String legalBasis,
            List<String> steps,
            List<Component> components,
            String executingBody,
            String conditions,
            List<Citation> citations,
            List<Revision> revisions) {}

    @Shareable(seconds = 300)
    @GET
    @Operation(
            summary = "Search: field (exact), agency (unit code), level (PROVINCE, DISTRICT, COMMUNE),"
                    + " onlineLevel (FULL, PARTIAL), q (words, accents optional)")
    @APIResponse(
            responseCode = "200",
            description = "A page of procedures",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "a filter or the paging malformed (the problem names it)")
    public PageView<ProcedureView> search(
            @QueryParam("field") String field,
            @QueryParam("agency") String agency,
            @QueryParam("level") String level,
            @QueryParam("onlineLevel") String onlineLevel,
            @QueryParam("q") String text,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        return PageView.of(
                catalogue.search(new ProcedureSearch(
                        field,
                        agency,
                        FilterParameters.choice(ProcedureLevel.class, "level", level, "error.eservice.level"),
                        FilterParameters.choice(
                                OnlineLevel.class, "onlineLevel", onlineLevel, "error.eservice.onlineLevel"),
                        text,
                        PageParameters.request(page, size))),
                this::view);
    }

    @Shareable(seconds = 300)
    @GET
    @Path("{code}")
    @Operation(summary = "One procedure by its code, e.g. 1.001193.000.00.00.H12")
    @APIResponse(responseCode = "404", description = "no procedure has this code")
    public ProcedureView get(@PathParam("code") String code) {
        return view(catalogue.byCode(code));
    }

    @Shareable(seconds = 60)
    @GET
    @Path("changes")
    @Operation(summary = "The newest changes of the catalogue, newest first (the announcements of Article 10.2)")
    public List<Revision> changes() {
        return catalogue.recentChanges(AtomResponse.ENTRIES).stream()
                .map(ProcedureResource::revision)
                .toList();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import procedures from a CSV file (header row naming the columns) or a JSON array, all or"
                    + " nothing: a new code is created, a known one changed (a revision, announced); the board,"
                    + " an agency for its own procedures, or a token with the operator scope")
    @APIResponse(responseCode = "200", description = "imported: rows read, procedures created and changed")
    @APIResponse(
            responseCode = "400",
            description = "nothing imported; each problem named \"line N: field\" with its message")
    @APIResponse(responseCode = "403", description = "a procedure of another agency")
    @RequestBody(
            content = {
                @Content(
                        mediaType = "text/csv",
                        examples =
                                @ExampleObject(
                                        name = "One procedure as a CSV row",
                                        value =
                                                "code,name,field,agency,level,executingBody,conditions,steps,components,feeVnd,processingDays,result,legalBasis,onlineLevel,note\r\n1.001234.000.00.00.H12,Cấp giấy phép thành lập cơ sở trợ giúp xã hội,Bảo trợ xã hội,so-lao-dong,PROVINCE,Trung tâm Phục vụ hành chính công tỉnh,\"Tổ chức, cá nhân đủ điều kiện\",\"Nộp hồ sơ\nThẩm định\nTrả kết quả\",\"Tờ khai; 1; 0; required\nBản sao giấy tờ pháp lý; 0; 1; optional\",,15,Giấy phép thành lập,103/2017/NĐ-CP Về thành lập cơ sở trợ giúp xã hội,PARTIAL,\r\n")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        examples =
                                @ExampleObject(
                                        name = "One procedure as JSON",
                                        value =
                                                "[{\"code\": \"1.001234.000.00.00.H12\", \"name\": \"Cấp giấy phép thành lập cơ sở trợ giúp xã hội\", \"field\": \"Bảo trợ xã hội\", \"agency\": \"so-lao-dong\", \"level\": \"PROVINCE\", \"steps\": [\"Nộp hồ sơ\", \"Thẩm định\", \"Trả kết quả\"], \"components\": [{\"name\": \"Tờ khai\", \"originals\": 1, \"copies\": 0, \"required\": true}], \"processingDays\": 15, \"result\": \"Giấy phép thành lập\", \"legalBasis\": [{\"numberSymbol\": \"103/2017/NĐ-CP\", \"title\": \"Về thành lập cơ sở trợ giúp xã hội\"}], \"onlineLevel\": \"PARTIAL\"}]"))
            })
    public ImportView importFile(byte[] content) {
        ProcedureEditing.Imported imported = editing.importFile(content == null ? new byte[0] : content);
        return new ImportView(imported.rows(), imported.created(), imported.changed());
    }

    private ProcedureView view(Procedure procedure) {
        Map<Integer, ProcedureForm> forms = catalogue.forms(procedure);
        List<DossierComponent> components = procedure.getComponents();
        return new ProcedureView(
                procedure.getCode(),
                procedure.getName(),
                procedure.getField(),
                procedure.getAgency().getCode(),
                procedure.getAgency().getName().in(Locale.forLanguageTag("vi")),
                procedure.getLevel().name(),
                procedure.getOnlineLevel().name(),
                procedure.isFree() ? null : procedure.getFeeVnd(),
                procedure.getProcessingDays(),
                procedure.getResult(),
                procedure.getLegalBasis(),
                procedure.getSteps(),
                IntStream.range(0, components.size())
                        .mapToObj(i -> component(components.get(i), forms.get(i + 1)))
                        .toList(),
                procedure.getExecutingBody(),
                procedure.getConditions(),
                procedure.getCitations().stream()
                        .map(citation -> new Citation(
                                citation.getNumberSymbol(),
                                citation.getTitle(),
                                citation.getDocumentPath() == null ? null : "/van-ban/" + citation.getDocumentPath()))
                        .toList(),
                catalogue.history(procedure).stream()
                        .map(ProcedureResource::revision)
                        .toList());
    }

    private static Component component(DossierComponent component, ProcedureForm form) {
        return new Component(
                component.getName(),
                component.getOriginals(),
                component.getCopies(),
                component.isRequired(),
                form == null ? null : ProcedureFormDownloads.ADDRESS + "/" + form.getId());
    }

    private static Revision revision(ProcedureRevision revision) {
        return new Revision(
                revision.getProcedure().getCode(),
                revision.getProcedure().getName(),
                revision.getNumber(),
                revision.getChangedAt(),
                revision.getChanged().stream().map(Enum::name).toList(),
                revision.getNote());
    }
}
