package vn.egov.portal.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error body after RFC 9457 (problem details), with one entry per offending field so a client
 * can show every mistake at once.
 */
public record Problem(String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {}

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(status.getReasonPhrase(), status.getStatusCode(), detail, errors))
                .build();
    }
}
