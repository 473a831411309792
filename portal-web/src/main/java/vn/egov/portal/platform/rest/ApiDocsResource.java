package vn.egov.portal.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The browsable description of the API: Swagger UI from its webjar, served by the portal itself (no
 * CDN, works without outside network) and pointed at /openapi. Only the named files are served, and
 * the page starts the UI from a file, never an inline script, so the public page policy holds.
 */
@Path("docs")
@PermitAll
public class ApiDocsResource {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/5.34.1/";
    private static final String OWN = "vn/egov/portal/platform/rest/";

    /** File name → where it lives and its media type. */
    private static final Map<String, String[]> FILES = Map.of(
            "swagger-ui.css", new String[] {WEBJAR + "swagger-ui.css", "text/css"},
            "swagger-ui-bundle.js", new String[] {WEBJAR + "swagger-ui-bundle.js", "text/javascript"},
            "favicon-32x32.png", new String[] {WEBJAR + "favicon-32x32.png", "image/png"},
            "start.js", new String[] {OWN + "api-docs-start.js", "text/javascript"});

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true)
    public Response page() {
        return Response.ok(read(OWN + "api-docs.html")).build();
    }

    @GET
    @Path("{file}")
    @Operation(hidden = true)
    public Response file(@PathParam("file") String file) {
        String[] found = FILES.get(file);
        if (found == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(read(found[0]), found[1]).cacheControl(cache).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDocsResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
