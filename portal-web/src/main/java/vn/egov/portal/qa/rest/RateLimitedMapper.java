package vn.egov.portal.qa.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.portal.platform.control.PortalMessages;
import vn.egov.portal.platform.rest.ApiLanguage;
import vn.egov.portal.platform.rest.Problem;
import vn.egov.portal.qa.boundary.RateLimitedException;

/** Too many questions: 429 with the seconds to wait, in the asker's language. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RateLimitedException limited) {
        Response.StatusType tooMany = Response.Status.TOO_MANY_REQUESTS;
        return Response.status(tooMany)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()))
                .entity(new Problem(
                        tooMany.getReasonPhrase(),
                        tooMany.getStatusCode(),
                        PortalMessages.get(ApiLanguage.of(headers), "qa.error.rateLimited"),
                        java.util.List.of()))
                .build();
    }
}
