package vn.egov.portal.platform.error.boundary;

import jakarta.ejb.ApplicationException;

/** The request is well formed but clashes with the current state (REST 409). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ConflictException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
