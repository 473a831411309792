package vn.egov.portal.legal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.boundary.LegalSearch;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.cache.rest.Shareable;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.rest.FilterParameters;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;

/** The published legal documents for integrators (R4): search with filters, one by id or by number and symbol. */
@Path("v1/legal-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal documents", description = "Legal documents and their relations (public)")
public class LegalDocumentResource {

    @Inject
    LegalDocumentRegistry registry;

    /** kind: AMENDS, REPLACES or GUIDES seen from the acting document; AMENDED_BY, REPLACED_BY or GUIDED_BY from the other. */
    public record Relation(String kind, long id, String numberSymbol) {}

    public record Document(
            long id,
            String numberSymbol,
            String type,
            String issuer,
            String signer,
            String issueDate,
            String effectiveDate,
            String expiryDate,
            String status,
            String excerpt,
            List<String> fields,
            String url,
            List<Relation> relations) {}

    @Shareable(seconds = 60)
    @GET
    @Operation(
            summary =
                    "Search: numberSymbol (exact, or a number alone such as 15), type, issuer (unit code), field, year,"
                            + " status (as on today: IN_FORCE, PARTLY_IN_FORCE, NOT_YET_IN_FORCE, EXPIRED, REPLACED),"
                            + " q (words, accents optional)")
    @APIResponse(
            responseCode = "200",
            description = "A page of documents, without their relations",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "a filter or the paging malformed (the problem names it)")
    public PageView<Document> search(
            @QueryParam("numberSymbol") String numberSymbol,
            @QueryParam("type") String type,
            @QueryParam("issuer") String issuer,
            @QueryParam("field") String field,
            @QueryParam("year") String year,
            @QueryParam("status") String status,
            @QueryParam("q") String text,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        ResultPage<LegalDocument> found = registry.search(new LegalSearch(
                numberSymbol,
                type,
                issuer,
                field,
                FilterParameters.integer("year", year, "error.legal.year"),
                FilterParameters.choice(LegalStatus.class, "status", status, "error.legal.status"),
                text,
                PageParameters.request(page, size)));
        return PageView.of(found, document -> view(document, false));
    }

    @Shareable(seconds = 60)
    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One published document with its relations both ways")
    @APIResponse(responseCode = "404", description = "no published document has this id")
    public Document get(@PathParam("id") long id) {
        return view(registry.getDocument(id), true);
    }

    @Shareable(seconds = 60)
    @GET
    @Path("by-number")
    @Operation(
            summary =
                    "Look up by number and symbol, e.g. ?numberSymbol=01/2014/QĐ-UBND (QD, Ð and lower case also match)")
    @APIResponse(responseCode = "400", description = "not a number and symbol")
    @APIResponse(responseCode = "404", description = "no published document has it")
    public Document byNumber(@QueryParam("numberSymbol") String numberSymbol) {
        return registry.findByNumberSymbol(numberSymbol)
                .map(document -> view(document, true))
                .orElseThrow(() -> new NotFoundException("Legal document", numberSymbol));
    }

    private Document view(LegalDocument document, boolean withRelations) {
        Locale vi = Locale.forLanguageTag("vi");
        LocalDate today = registry.today();
        return new Document(
                document.getId(),
                document.getNumberSymbol(),
                document.getType().getCode(),
                document.issuerName(vi),
                document.getSigner(),
                text(document.getIssueDate()),
                text(document.getEffectiveDate()),
                text(document.getExpiryDate()),
                document.statusOn(today).name(),
                document.getExcerpt(),
                document.getFields(),
                "/van-ban/" + document.getEliPath(),
                withRelations
                        ? registry.relationsOf(document).stream()
                                .map(related -> new Relation(
                                        related.kind(),
                                        related.other().getId(),
                                        related.other().getNumberSymbol()))
                                .toList()
                        : List.of());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
