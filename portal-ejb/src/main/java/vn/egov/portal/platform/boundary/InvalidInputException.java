package vn.egov.portal.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a business rule, with one message key per field so the form or the API can show
 * every problem at once. Message keys resolve in the caller's language (messages bundles).
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors.keySet());
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /** Field name to message key, e.g. {@code password -> error.password.tooShort}. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
