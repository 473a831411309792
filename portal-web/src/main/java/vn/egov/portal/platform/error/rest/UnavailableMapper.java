package vn.egov.portal.platform.error.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.portal.platform.error.boundary.UnavailableException;

/**
 * Something the request needs is unavailable until the operators restore it (the personal-data key
 * missing or wrong, for one): 503, ask again in five minutes. The feature that found it has told the
 * operators already (the start-up check, /health); nothing is logged here.
 */
@Provider
public class UnavailableMapper implements ExceptionMapper<UnavailableException> {

    @Override
    public Response toResponse(UnavailableException unavailable) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, unavailable.publicDetail()))
                .header("Retry-After", "300")
                .build();
    }
}
