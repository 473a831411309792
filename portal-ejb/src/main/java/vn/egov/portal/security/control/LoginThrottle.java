package vn.egov.portal.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long log-ins stay refused after repeated failures: free tries first, then a lock that doubles
 * with each further failure, up to a ceiling. An account's lock for unfamiliar places lasts up to a
 * day; one place's lock on one account only a quarter of an hour, so an owner who mistypes at their
 * desk is soon back, while guessing stays at a few tries an hour from anywhere.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration ACCOUNT_LONGEST = Duration.ofHours(24);
    public static final Duration PLACE_LONGEST = Duration.ofMinutes(15);
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);

    private LoginThrottle() {}

    /** The account's lock after the {@code failures}-th consecutive failure, or null for none. */
    public static Instant lockAfter(int failures, Instant now) {
        return lockAfter(failures, now, ACCOUNT_LONGEST);
    }

    /** The lock after the {@code failures}-th consecutive failure, at most {@code longest}; null for none. */
    public static Instant lockAfter(int failures, Instant now, Duration longest) {
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(longest) > 0 ? longest : lock);
    }
}
