package vn.egov.portal.qa.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Too many questions from one address or e-mail; the API answers 429 with Retry-After. */
@ApplicationException(rollback = true)
public class RateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("Too many questions; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
