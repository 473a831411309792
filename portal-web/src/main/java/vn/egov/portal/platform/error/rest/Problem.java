package vn.egov.portal.platform.error.rest;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.rest.ApiLanguage;

/**
 * An error body after RFC 9457 (problem details), with one entry per offending field so a client
 * can show every mistake at once.
 */
public record Problem(String title, int status, String detail, List<FieldError> errors) {

    /** Found once: each {@code Json.create...} call looks the provider up through the class loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {}

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    /** The problem whose detail is the portal's sentence {@code messageKey}, in the caller's language. */
    public static Response said(Response.Status status, HttpHeaders headers, String messageKey) {
        return response(status, PortalMessages.get(ApiLanguage.of(headers), messageKey));
    }

    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(status.getReasonPhrase(), status.getStatusCode(), detail, errors))
                .build();
    }

    /** The same document written by a servlet filter, before any resource is reached. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, Response.Status status, Phrase detail)
            throws IOException {
        Locale locale = ApiLanguage.of(request);
        String text = RequestExceptionMappers.render(detail, locale);
        byte[] body = JSON.createObjectBuilder()
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", text)
                .add("errors", JSON.createArrayBuilder())
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status.getStatusCode());
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
