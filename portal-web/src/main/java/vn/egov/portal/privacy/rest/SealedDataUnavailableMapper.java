package vn.egov.portal.privacy.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.portal.platform.error.rest.Problem;
import vn.egov.portal.privacy.boundary.SealedDataUnavailableException;

/**
 * Sealed data cannot be opened (the personal-data key is missing or wrong): the service is
 * unavailable until the operator restores the key, which is not the caller's fault and not an
 * unexpected error. One line in the log came from the start-up check already; nothing is logged here.
 */
@Provider
public class SealedDataUnavailableMapper implements ExceptionMapper<SealedDataUnavailableException> {

    @Override
    public Response toResponse(SealedDataUnavailableException unavailable) {
        return Response.fromResponse(Problem.response(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "Personal data cannot be opened on this server now; the operators have been told"))
                .header("Retry-After", "300")
                .build();
    }
}
