package vn.egov.portal.content.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.boundary.ArticleFilter;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/** Published articles for integrators: lists with paging metadata, and single articles. */
@Path("v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published articles of the main portal and the sub-portals (public)")
public class ArticleResource {

    @Inject
    ArticleCatalog catalog;

    @Inject
    SiteDirectory directory;

    @GET
    @Operation(summary = "Published articles, newest first, one page at a time")
    @APIResponse(responseCode = "200", description = "A page: items, page, size, totalItems, totalPages, hasNext")
    @APIResponse(
            responseCode = "400",
            description = "page below 1, size outside 1..100 or q longer than 200; one entry per field")
    public Response list(
            @Parameter(description = "Portal slug, e.g. tinh or so-tu-phap") @QueryParam("site") String site,
            @Parameter(description = "Category code, e.g. tin-tuc-su-kien") @QueryParam("category") String category,
            @Parameter(description = "vi or en") @QueryParam("lang") String lang,
            @Parameter(description = "Words of the title or summary; diacritics optional") @QueryParam("q") String q,
            @Parameter(description = "Page number from 1") @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        ArticleCatalog.Page result = catalog.page(new ArticleFilter(site, category, lang, null, q, null), page, size);
        Map<String, String> pathPrefixes = new HashMap<>();
        return cached(ArticleViews.Page.of(
                result,
                slug -> pathPrefixes.computeIfAbsent(
                        slug,
                        key -> directory.findSite(key).map(Site::getPathPrefix).orElse(""))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published article with its sanitised body and the reuse notice")
    @APIResponse(responseCode = "404", description = "No published article has this id")
    public Response get(@PathParam("id") long id) {
        return cached(ArticleViews.Detail.of(catalog.getPublished(id)));
    }

    private static Response cached(Object body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(body).cacheControl(cache).build();
    }
}
