package vn.egov.portal.platform.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The one answer to a public submission that stored something: 201, {@code Location} naming where
 * to follow it, and the receipt as the body. Never kept by a cache or a browser's history: a
 * receipt may hold what is shown once (a dossier's secret).
 */
public final class Created {

    private Created() {}

    /**
     * @param path the follow-up address under the API's base, with one template, e.g.
     *     {@code "v1/questions/status/{code}"}
     * @param key what fills the template (a tracking code, an id)
     */
    public static Response receipt(UriInfo uri, String path, Object key, Object receipt) {
        URI location = uri.getBaseUriBuilder().path(path).build(key);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.created(location).entity(receipt).cacheControl(noStore).build();
    }
}
