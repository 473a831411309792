package vn.egov.portal.mail.control;

import java.time.Duration;

/**
 * Exponential back-off for mail retries: the first retry after {@code base}, each next one after
 * twice as long, never longer than {@code max}, and none after {@code maxAttempts}.
 */
public record Backoff(Duration base, Duration max, int maxAttempts) {

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Back-off needs 0 < base <= max and at least one attempt");
        }
    }

    /** The wait after the given number of failed attempts, or null when it is time to give up. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
