package vn.egov.portal.guard.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * At most {@code limit} events per key within any {@code window}: the rate limit per address and
 * per e-mail of the question form. Kept in memory, so it is per node and forgets on restart; keys
 * are digests, never the address itself.
 */
public final class SlidingWindow {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new HashMap<>();
    private int sinceSweep;

    public SlidingWindow(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("A limit of at least 1, not " + limit);
        }
        this.limit = limit;
        this.window = window;
    }

    /** Counts one more event for the key if the limit allows; false (and nothing counted) otherwise. */
    public synchronized boolean tryAcquire(String key, Instant now) {
        sweepNowAndThen(now);
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        dropOld(recent, now);
        if (recent.size() >= limit) {
            return false;
        }
        recent.addLast(now);
        return true;
    }

    /** Counts one event for each key if both windows allow it, and none otherwise. */
    public static boolean tryAcquireBoth(
            SlidingWindow first, String firstKey, SlidingWindow second, String secondKey, Instant now) {
        synchronized (first) {
            synchronized (second) {
                if (!first.retryAfter(firstKey, now).isZero()
                        || !second.retryAfter(secondKey, now).isZero()) {
                    return false;
                }
                return first.tryAcquire(firstKey, now) && second.tryAcquire(secondKey, now);
            }
        }
    }

    /** How long until the key may act again; zero when it may now. */
    public synchronized Duration retryAfter(String key, Instant now) {
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        dropOld(recent, now);
        return recent.size() < limit
                ? Duration.ZERO
                : Duration.between(now, recent.peekFirst().plus(window));
    }

    private void dropOld(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    /** Forgets keys with nothing left in the window, so memory follows the recent traffic only. */
    private void sweepNowAndThen(Instant now) {
        if (++sinceSweep < 1024) {
            return;
        }
        sinceSweep = 0;
        for (Iterator<Deque<Instant>> it = events.values().iterator(); it.hasNext(); ) {
            Deque<Instant> recent = it.next();
            dropOld(recent, now);
            if (recent.isEmpty()) {
                it.remove();
            }
        }
    }
}
