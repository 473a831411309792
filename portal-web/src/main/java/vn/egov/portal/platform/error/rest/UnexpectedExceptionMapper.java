package vn.egov.portal.platform.error.rest;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.validation.rest.ValidationExceptionMapper;
import vn.egov.portal.privacy.boundary.SealedDataUnavailableException;
import vn.egov.portal.privacy.rest.SealedDataUnavailableMapper;

/**
 * Everything no other mapper claims. Validation failures that the EJB container wrapped are
 * unwrapped to their 400; anything else is a 500 problem (never the container's HTML page) with an
 * incident id that is also in the log, once, and without internals in the body.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid && failure instanceof EJBException) {
                return ValidationExceptionMapper.response(invalid, ApiLanguage.of(headers));
            }
            if (cause instanceof WebApplicationException web && failure instanceof EJBException) {
                return web.getResponse();
            }
            if (cause instanceof SealedDataUnavailableException unavailable) {
                // JPA wraps what the sealing converter throws; it is still "key missing", not a bug.
                return new SealedDataUnavailableMapper().toResponse(unavailable);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, failure);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error; incident " + incident);
    }
}
