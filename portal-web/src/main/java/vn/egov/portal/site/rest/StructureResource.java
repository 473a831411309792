package vn.egov.portal.site.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.platform.cache.rest.Shareable;
import vn.egov.portal.site.boundary.SiteDirectory;

/** The portal's structure for integrators: portals, the statutory categories and the organisation tree. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Structure", description = "Portals, categories and the organisation tree (public)")
public class StructureResource {

    @Inject
    SiteDirectory directory;

    @Shareable(seconds = 300)
    @GET
    @Path("sites")
    @Operation(summary = "The main portal and its active sub-portals")
    public Response sites() {
        List<SiteViews.SiteView> sites = Stream.concat(
                        Stream.of(directory.getMainSite()), directory.listSubPortals().stream())
                .map(SiteViews.SiteView::of)
                .toList();
        return Response.ok(sites).build();
    }

    @Shareable(seconds = 300)
    @GET
    @Path("sites/{slug}")
    @Operation(summary = "One portal by its slug")
    @APIResponse(responseCode = "404", description = "No portal has this slug")
    public Response site(@PathParam("slug") String slug) {
        return Response.ok(SiteViews.SiteView.of(directory.getSite(slug))).build();
    }

    @Shareable(seconds = 300)
    @GET
    @Path("categories")
    @Operation(summary = "The 14 information categories of Article 5, in statutory order")
    public Response categories() {
        return Response.ok(directory.listCategories().stream()
                        .map(SiteViews.CategoryView::of)
                        .toList())
                .build();
    }

    @Shareable(seconds = 300)
    @GET
    @Path("org-units")
    @Operation(summary = "The organisation tree, parents before children; each unit names its parent")
    public Response orgUnits() {
        return Response.ok(directory.listOrgUnits().stream()
                        .map(SiteViews.OrgUnitView::of)
                        .toList())
                .build();
    }

    @Shareable(seconds = 300)
    @GET
    @Path("org-units/{code}")
    @Operation(summary = "One organisation unit by its code")
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public Response orgUnit(@PathParam("code") String code) {
        return Response.ok(SiteViews.OrgUnitView.of(directory.getOrgUnit(code))).build();
    }
}
