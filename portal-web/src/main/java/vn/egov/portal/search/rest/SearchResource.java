package vn.egov.portal.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.platform.cache.rest.Shareable;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.boundary.SearchHit;
import vn.egov.portal.search.boundary.SearchRequest;
import vn.egov.portal.search.boundary.SearchResults;

/** The portal's search across all public content (issue 13), for integrators and the search box alike. */
@Path("v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over all public content, accents optional (public)")
public class SearchResource {

    @Inject
    SearchEngine engine;

    public record Hit(
            @Schema(description = "article, legal, qa, consultation or procedure") String kind,
            long id,
            @Schema(description = "HTML: the title escaped, the matched words in <mark>") String title,
            @Schema(description = "HTML: passages of the text escaped, the matched words in <mark>") String snippet,
            @Schema(description = "The public address, from the portal's root") String url,
            String site,
            String category,
            @Schema(description = "YYYY-MM-DD") String date) {}

    /** One value of a facet and how many results have it. */
    public record Count(String value, long count) {}

    public record Results(
            PageView<Hit> results,
            @Schema(description = "For each of kind, site, category, year: its values over all results, with counts")
                    Map<String, List<Count>> facets,
            @Schema(description = "The words the reader may have meant, when some were found nowhere")
                    String didYouMean,
            @Schema(description = "True while the index is being rebuilt and may miss items") boolean incomplete,
            @Schema(
                            description = "True when the words are in very many items: the total and the facet"
                                    + " counts are then estimated from a sample (about N results)")
                    boolean approximate) {}

    @Shareable(seconds = 60)
    @GET
    @Operation(
            summary = "Search: q (words, accents optional; \"quoted words\" as a phrase; a legal document's number"
                    + " and symbol such as 01/2014/QD-UBND ranks it first), kind, site (sub-portal slug),"
                    + " category, year")
    @APIResponse(responseCode = "200", description = "A page of results with facet counts; none for an empty q")
    @APIResponse(responseCode = "400", description = "q too long, an unknown kind, or a malformed parameter")
    public Results search(
            @QueryParam("q") String text,
            @Parameter(description = "article, legal, qa, consultation or procedure") @QueryParam("kind") String kind,
            @QueryParam("site") String site,
            @QueryParam("category") String category,
            @QueryParam("year") String year,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        SearchResults found =
                engine.search(SearchRequest.read(text, kind, site, category, year, PageParameters.request(page, size)));
        return new Results(
                PageView.of(found.hits(), SearchResource::view),
                facets(found),
                found.suggestion(),
                engine.isIncomplete(),
                found.approximate());
    }

    private static Map<String, List<Count>> facets(SearchResults found) {
        Map<String, List<Count>> facets = new LinkedHashMap<>();
        found.facets()
                .forEach((name, values) -> facets.put(
                        name,
                        values.stream()
                                .map(value -> new Count(value.value(), value.count()))
                                .toList()));
        return facets;
    }

    private static Hit view(SearchHit hit) {
        return new Hit(
                hit.kind().code(),
                hit.id(),
                hit.titleHtml(),
                hit.snippetHtml(),
                hit.address(),
                hit.site(),
                hit.category(),
                hit.date() == null ? null : hit.date().toString());
    }
}
