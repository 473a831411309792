package vn.egov.portal.statistics.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.egov.portal.statistics.entity.AccessKind;

/**
 * Requests counted in memory between two flushes. Counting is one atomic add on a counter kept per
 * day and kind; taking the tally reads and zeroes each counter in one step, so a request counted
 * while the tally is taken goes into this tally or the next, never into none.
 */
public final class AccessTally {

    /** One counter of the tally: a day of the portal's zone and what was served. */
    public record Key(LocalDate day, AccessKind kind) {}

    private final Map<Key, AtomicLong> counters = new ConcurrentHashMap<>();

    public void count(LocalDate day, AccessKind kind) {
        counters.computeIfAbsent(new Key(day, kind), key -> new AtomicLong()).incrementAndGet();
    }

    /**
     * The counts since the last take, zeroed. Counters of days before yesterday are forgotten once at
     * zero: no request still being served can count on them (yesterday's can, just after midnight).
     */
    public Map<Key, Long> take() {
        Map<Key, Long> taken = new HashMap<>();
        counters.forEach((key, counter) -> {
            long requests = counter.getAndSet(0);
            if (requests > 0) {
                taken.put(key, requests);
            }
        });
        counters.keySet().stream().map(Key::day).max(LocalDate::compareTo).ifPresent(newest -> counters.entrySet()
                .removeIf(entry ->
                        entry.getValue().get() == 0 && entry.getKey().day().isBefore(newest.minusDays(1))));
        return taken;
    }

    /** Counts a flush could not store, put back to go with the next one. */
    public void giveBack(Map<Key, Long> untaken) {
        untaken.forEach((key, requests) ->
                counters.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(requests));
    }
}
