package vn.egov.portal.platform.validation.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.egov.portal.platform.error.rest.BusinessExceptionMappers;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * Bean Validation failures that reach the API without a boundary turning them into an
 * {@link InvalidInputException} (a constraint the runtime checked itself): the same 400, one entry per
 * field, each message from the bundles in the caller's language.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return response(invalid, headers == null ? Locale.forLanguageTag("vi") : ApiLanguage.of(headers));
    }

    public static Response response(ConstraintViolationException invalid, Locale locale) {
        return BusinessExceptionMappers.InvalidInput.response(
                InvalidInputException.of(invalid.getConstraintViolations()), locale);
    }
}
