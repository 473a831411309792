package vn.egov.portal.guard.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * Too many submissions from one address or e-mail, or too many look-ups by tracking code from one
 * address, by the limits of the feature; the API answers 429 with Retry-After and the message of {@link #messageKey()}.
 */
@ApplicationException(rollback = true)
public class RateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;
    private final String messageKey;

    public RateLimitedException(Duration retryAfter, String messageKey) {
        super("Too many requests; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
