package vn.egov.portal.platform.error.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassfish.jersey.server.ParamException;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;
import vn.egov.portal.platform.validation.rest.UnreadableBodyException;

/**
 * Requests the API cannot take, as problem documents in the caller's language and never as the
 * servlet container's HTML error page: an unreadable body (400, 413), a parameter that is not of its
 * type (400 naming it), and the runtime's own refusals (404, 405, 406, 415). None of them is logged:
 * bad input is the client's business, and logging it would let anyone fill the disk.
 */
public final class RequestExceptionMappers {

    private static final Map<Integer, String> STATUS_KEYS = Map.of(
            400, "api.error.request",
            404, "api.error.notFound",
            405, "api.error.method",
            406, "api.error.notAcceptable",
            415, "api.error.mediaType");

    private RequestExceptionMappers() {}

    @Provider
    public static class UnreadableBody implements ExceptionMapper<UnreadableBodyException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(UnreadableBodyException unreadable) {
            return fieldProblem(unreadable.status(), unreadable.detail(), unreadable.fields(), ApiLanguage.of(headers));
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException refused) {
            Response original = refused.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            Locale locale = ApiLanguage.of(headers);
            if (refused instanceof ParamException param && !(param instanceof ParamException.PathParamException)) {
                return Problem.response(
                        Response.Status.BAD_REQUEST,
                        render(Phrase.of("api.error.parameters"), locale),
                        List.of(new Problem.FieldError(
                                param.getParameterName(), render(Phrase.of("api.error.parameter"), locale))));
            }
            Response.Status status = Response.Status.fromStatusCode(original.getStatus());
            Response problem = Problem.response(
                    status == null ? Response.Status.BAD_REQUEST : status,
                    render(detailOf(original.getStatus()), locale));
            Response.ResponseBuilder answer = Response.fromResponse(problem);
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
            return answer.build();
        }
    }

    /** What a refusal of the runtime says, by status; the reason phrase where there is no text of ours. */
    public static Phrase detailOf(int status) {
        String key = STATUS_KEYS.get(status);
        return key == null ? Phrase.of("api.error.status", status) : Phrase.of(key);
    }

    /** A problem with one entry per field, every text in the caller's language. */
    static Response fieldProblem(Response.Status status, Phrase detail, Map<String, Phrase> fields, Locale locale) {
        List<Problem.FieldError> errors = fields.entrySet().stream()
                .map(field -> new Problem.FieldError(field.getKey(), render(field.getValue(), locale)))
                .toList();
        return Problem.response(status, render(detail, locale), errors);
    }

    public static String render(Phrase phrase, Locale locale) {
        return phrase.render(PortalMessages.bundle(locale), locale);
    }
}
