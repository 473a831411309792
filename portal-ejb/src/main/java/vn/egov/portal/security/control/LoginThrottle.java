package vn.egov.portal.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account stays locked after repeated failures: free tries first, then a lock that
 * doubles with each further failure, capped at a day. Slows guessing to a few tries an hour without
 * letting a stranger lock an official out for long.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(24);

    private LoginThrottle() {}

    /** The lock to apply after the {@code failures}-th consecutive failure, or null for none. */
    public static Instant lockAfter(int failures, Instant now) {
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
}
