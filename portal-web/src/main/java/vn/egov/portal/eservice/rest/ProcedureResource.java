package vn.egov.portal.eservice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.boundary.ProcedureSearch;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.platform.cache.rest.Shareable;
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

    public record Component(String name, int originals, int copies, boolean required) {}

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
            List<Component> components) {}

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
                ProcedureResource::view);
    }

    @Shareable(seconds = 300)
    @GET
    @Path("{code}")
    @Operation(summary = "One procedure by its code, e.g. 1.001193.000.00.00.H12")
    @APIResponse(responseCode = "404", description = "no procedure has this code")
    public ProcedureView get(@PathParam("code") String code) {
        return view(catalogue.byCode(code));
    }

    private static ProcedureView view(Procedure procedure) {
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
                procedure.getComponents().stream()
                        .map(ProcedureResource::component)
                        .toList());
    }

    private static Component component(DossierComponent component) {
        return new Component(
                component.getName(), component.getOriginals(), component.getCopies(), component.isRequired());
    }
}
