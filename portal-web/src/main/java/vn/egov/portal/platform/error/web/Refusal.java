package vn.egov.portal.platform.error.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import java.util.Optional;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.error.boundary.WithdrawnException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.boundary.SealedDataUnavailableException;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.boundary.NotAuthenticatedException;

/**
 * The failures of a page request that are not a fault of the page: a role or a scope the official
 * lacks, a record that is not there or was withdrawn, an address whose parameters cannot be read
 * (a page number that is no page), a form whose view state is stale or was tampered with, and the
 * personal-data key being refused (the operators' matter, already reported by /health and at start).
 * Each has its status; the error page explains it and the log gets one line, no stack trace.
 */
public enum Refusal {
    FORBIDDEN(403),
    NOT_FOUND(404),
    GONE(410),
    INVALID_ADDRESS(400),
    STALE_FORM(400),
    UNAVAILABLE(503);

    /** Request attribute holding what was refused, for the error page the container shows next. */
    public static final String CAUSE_ATTRIBUTE = "vn.egov.portal.refusal.cause";

    private static final int DEEPEST_CAUSE = 20;

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The refusal somewhere in the exception's chain of causes, if it is one. */
    public static Optional<Refusal> of(Throwable thrown) {
        return causeOf(thrown).flatMap(Refusal::classify);
    }

    /** The exception of the chain that says what was refused. */
    public static Optional<Throwable> causeOf(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (classify(cause).isPresent()) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> classify(Throwable cause) {
        if (cause instanceof AccessDeniedException
                || cause instanceof EJBAccessException
                || cause instanceof NotAuthenticatedException) {
            return Optional.of(FORBIDDEN);
        }
        if (cause instanceof NotFoundException) {
            return Optional.of(NOT_FOUND);
        }
        if (cause instanceof WithdrawnException) {
            return Optional.of(GONE);
        }
        if (cause instanceof InvalidInputException) {
            return Optional.of(INVALID_ADDRESS);
        }
        if (cause instanceof SealedDataUnavailableException) {
            return Optional.of(UNAVAILABLE);
        }
        if (cause instanceof ViewExpiredException || cause instanceof ProtectedViewException) {
            return Optional.of(STALE_FORM);
        }
        return Optional.empty();
    }
}
