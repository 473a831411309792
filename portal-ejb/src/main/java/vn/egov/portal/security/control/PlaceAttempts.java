package vn.egov.portal.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed log-ins per place and account (a key made of both), kept in memory and bounded: the
 * least recently touched pairs are forgotten first, and a pair quiet for a day starts afresh. A
 * stranger guessing from one address locks only that address out of that account.
 */
public final class PlaceAttempts {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final Map<String, Attempts> pairs;

    private record Attempts(int failures, Instant lastFailure, Instant lockedUntil) {}

    public PlaceAttempts(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.pairs = new LeastRecentlyUsed<>(capacity);
    }

    public synchronized boolean isLocked(String pair, Instant now) {
        Attempts attempts = current(pair, now);
        return attempts != null && attempts.lockedUntil() != null && now.isBefore(attempts.lockedUntil());
    }

    /** Counts a failure; answers the lock it starts, if this failure starts one. */
    public synchronized Optional<Instant> failed(String pair, Instant now) {
        Attempts before = current(pair, now);
        int failures = before == null ? 1 : before.failures() + 1;
        Instant lock = LoginThrottle.lockAfter(failures, now, LoginThrottle.PLACE_LONGEST);
        pairs.put(pair, new Attempts(failures, now, lock));
        return Optional.ofNullable(lock);
    }

    public synchronized void succeeded(String pair) {
        pairs.remove(pair);
    }

    public synchronized int size() {
        return pairs.size();
    }

    private Attempts current(String pair, Instant now) {
        Attempts attempts = pairs.get(pair);
        if (attempts != null && attempts.lastFailure().plus(FORGET_AFTER).isBefore(now)) {
            pairs.remove(pair);
            return null;
        }
        return attempts;
    }

    /** Forgets the least recently touched entry beyond its capacity (static: no outer size() to confuse). */
    private static final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        LeastRecentlyUsed(int capacity) {
            super(64, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }
}
