package vn.egov.portal.platform.validation.rest;

import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * A request body the API cannot take: not JSON, not UTF-8, too deep, too large, or with values that
 * do not fit their fields. Carries phrases, not text, so the problem reads in the caller's language.
 */
public class UnreadableBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final transient Phrase detail;
    private final transient Map<String, Phrase> fields;

    public UnreadableBodyException(Phrase detail, Map<String, Phrase> fields) {
        this(Response.Status.BAD_REQUEST, detail, fields);
    }

    private UnreadableBodyException(Response.Status status, Phrase detail, Map<String, Phrase> fields) {
        super(detail.key(), null, false, false);
        this.status = status;
        this.detail = detail;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static UnreadableBodyException tooLarge(long limit) {
        return new UnreadableBodyException(
                Response.Status.REQUEST_ENTITY_TOO_LARGE, Phrase.of("api.error.tooLarge", limit / 1024), Map.of());
    }

    public Response.Status status() {
        return status;
    }

    public Phrase detail() {
        return detail;
    }

    public Map<String, Phrase> fields() {
        return fields;
    }
}
