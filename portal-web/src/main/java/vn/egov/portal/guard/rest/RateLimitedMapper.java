package vn.egov.portal.guard.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.platform.error.rest.Problem;

/** Too many questions or look-ups: 429 with the seconds to wait, in the asker's language. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RateLimitedException limited) {
        Response problem = Problem.said(Response.Status.TOO_MANY_REQUESTS, headers, limited.messageKey());
        return Response.fromResponse(problem)
                .header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()))
                .build();
    }
}
