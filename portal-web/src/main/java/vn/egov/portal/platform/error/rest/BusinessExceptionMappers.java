package vn.egov.portal.platform.error.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.error.boundary.WithdrawnException;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** The boundaries' exceptions as HTTP answers: 400, 404, 409 and 410 with a problem body (401 and 403: {@link AccessExceptionMappers}). */
public final class BusinessExceptionMappers {

    private BusinessExceptionMappers() {}

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException invalid) {
            return response(invalid, ApiLanguage.of(headers));
        }

        /** The 400 of every input rule, whether a boundary or Bean Validation found it broken. */
        public static Response response(InvalidInputException invalid, Locale locale) {
            Map<String, Phrase> fields = new LinkedHashMap<>();
            invalid.fieldErrors().forEach((field, key) -> fields.put(field, Phrase.of(key)));
            return RequestExceptionMappers.fieldProblem(
                    Response.Status.BAD_REQUEST, Phrase.of("api.error.invalid"), fields, locale);
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {

        @Context
        HttpHeaders headers;

        // The exception's own message names the record for the log ("Article not found: 12"); the
        // caller gets the same sentence as any other missing resource, in their language.
        @Override
        public Response toResponse(NotFoundException missing) {
            return Problem.said(Response.Status.NOT_FOUND, headers, "api.error.notFound");
        }
    }

    /** The record was public and is no more: 410, so clients and caches forget the address. */
    @Provider
    public static class Withdrawn implements ExceptionMapper<WithdrawnException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WithdrawnException withdrawn) {
            return Problem.said(Response.Status.GONE, headers, "error.withdrawn");
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConflictException conflict) {
            return Problem.said(Response.Status.CONFLICT, headers, conflict.messageKey());
        }
    }

    @Provider
    public static class StaleEdit implements ExceptionMapper<OptimisticLockException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException stale) {
            return Problem.said(Response.Status.CONFLICT, headers, "api.error.stale");
        }
    }
}
