package vn.egov.portal.platform.error.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Something the request needs is unavailable on this server until the operators restore it (REST
 * 503 with a Retry-After, pages say so): not the caller's fault and not an unexpected error, so no
 * incident and no stack trace. A feature extends it for its own cause (the personal-data key, for
 * one) and says in {@link #publicDetail()} what the caller may be told; the message is for the log.
 */
@ApplicationException(rollback = true)
public abstract class UnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected UnavailableException(String reason) {
        super(reason);
    }

    /** What the API answers, in English like the rest of its problem details; never the reason. */
    public abstract String publicDetail();
}
