package vn.egov.portal.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.boundary.ArticleFilter;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.cache.rest.Shareable;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.rest.FilterParameters;
import vn.egov.portal.platform.paging.rest.PageParameters;
import vn.egov.portal.platform.paging.rest.PageView;
import vn.egov.portal.platform.rest.Created;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
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

    @Inject
    EditorialService editorial;

    @Shareable(seconds = 60)
    @GET
    @Operation(summary = "Published articles, newest first, one page at a time")
    @APIResponse(
            responseCode = "200",
            description = "A page of article summaries",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(
            responseCode = "400",
            description = "page or size outside their range, or q longer than 200; one entry per field")
    public Response list(
            @Parameter(description = "Portal slug, e.g. tinh or so-tu-phap") @QueryParam("site") String site,
            @Parameter(description = "Category code, e.g. tin-tuc-su-kien") @QueryParam("category") String category,
            @Parameter(description = "vi or en") @QueryParam("lang") String lang,
            @Parameter(description = "Words, diacritics optional: the best matches first instead of the newest")
                    @QueryParam("q")
                    String q,
            @Parameter(description = PageParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = PageParameters.SIZE) @QueryParam("size") String size) {
        ResultPage<ArticleCard> result = catalog.page(
                new ArticleFilter(site, category, FilterParameters.language("lang", lang), null, q, null),
                PageParameters.request(page, size));
        Map<String, String> pathPrefixes = new HashMap<>();
        return Response.ok(PageView.of(
                        result,
                        card -> ArticleViews.Summary.of(
                                card, pathPrefixes.computeIfAbsent(card.siteSlug(), key -> directory
                                        .findSite(key)
                                        .map(Site::getPathPrefix)
                                        .orElse("")))))
                .build();
    }

    @Shareable(seconds = 60)
    @GET
    @Path("{id}")
    @Operation(summary = "One published article with its sanitised body and the reuse notice")
    @APIResponse(responseCode = "404", description = "No published article has this id")
    @APIResponse(responseCode = "410", description = "The article was published and has been withdrawn")
    public Response get(@PathParam("id") long id) {
        return Response.ok(ArticleViews.Detail.of(catalog.getPublished(id))).build();
    }

    /** Integrators push articles (Article 11); the board of the site reviews and publishes them. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "Submit an article to a site's review queue (token with the submit scope for that site)",
            description = "The article is SUBMITTED, never published: it becomes public once an editor approves it.")
    @APIResponse(
            responseCode = "201",
            description = "Waiting in the review queue; Location names the article, which stays 404 until published",
            content = @Content(schema = @Schema(implementation = ArticleSubmission.Submitted.class)))
    @APIResponse(
            responseCode = "400",
            description = "Every missing or invalid field (title, category, site, lang, ...)")
    @APIResponse(responseCode = "401", description = "No token, or one that is unknown, expired or revoked")
    @APIResponse(responseCode = "403", description = "The token has no submit scope, or submits to another site")
    @APIResponse(responseCode = "429", description = "Too many calls with this token; see Retry-After")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "A news item for the Department of Justice's queue",
                                            value =
                                                    "{\"site\": \"so-tu-phap\", \"category\": \"tin-tuc-su-kien\", \"lang\": \"vi\", \"title\": \"Hội nghị triển khai công tác tư pháp năm 2027\", \"summary\": \"Sở Tư pháp tổ chức hội nghị triển khai nhiệm vụ năm 2027.\", \"body\": \"<p>Sáng ngày 05/01/2027, Sở Tư pháp tổ chức hội nghị…</p>\", \"kind\": \"NEWS\", \"source\": \"Sở Tư pháp\", \"tags\": \"tư pháp, hội nghị\"}")))
    public Response submit(ArticleSubmission submission, @Context UriInfo uri) {
        if (submission == null) {
            throw InvalidInputException.of("title", "article.error.titleRequired");
        }
        Article article = editorial.submitFromIntegrator(
                submission.site(), submission.category(), submission.lang(), submission.text());
        return Created.receipt(uri, "v1/articles/{id}", article.getId(), ArticleSubmission.Submitted.of(article));
    }
}
