package vn.egov.portal.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.egov.portal.statistics.entity.AccessKind;

class AccessTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private final AccessTally tally = new AccessTally();

    @Test
    void countsArePerDayAndKindAndATakeStartsAfresh() {
        tally.count(DAY, AccessKind.PAGE);
        tally.count(DAY, AccessKind.PAGE);
        tally.count(DAY, AccessKind.API);
        tally.count(DAY.plusDays(1), AccessKind.PAGE);

        assertThat(tally.take())
                .containsOnly(
                        Map.entry(new AccessTally.Key(DAY, AccessKind.PAGE), 2L),
                        Map.entry(new AccessTally.Key(DAY, AccessKind.API), 1L),
                        Map.entry(new AccessTally.Key(DAY.plusDays(1), AccessKind.PAGE), 1L));
        assertThat(tally.take()).isEmpty();
    }

    @Test
    void countsGivenBackGoWithTheNextTake() {
        tally.count(DAY, AccessKind.PAGE);
        Map<AccessTally.Key, Long> failedFlush = tally.take();
        tally.count(DAY, AccessKind.PAGE);

        tally.giveBack(failedFlush);

        assertThat(tally.take()).containsOnly(Map.entry(new AccessTally.Key(DAY, AccessKind.PAGE), 2L));
    }

    @Test
    void noRequestIsLostOrCountedTwiceWhileTalliesAreTaken() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        AtomicBoolean counting = new AtomicBoolean(true);
        AtomicLong taken = new AtomicLong();
        Future<?> taker = threads.submit(() -> {
            while (counting.get()) {
                tally.take().values().forEach(taken::addAndGet);
            }
        });
        Future<?>[] counters = new Future<?>[3];
        for (int t = 0; t < counters.length; t++) {
            counters[t] = threads.submit(() -> {
                for (int i = 0; i < 200_000; i++) {
                    tally.count(DAY, AccessKind.PAGE);
                }
            });
        }
        for (Future<?> counter : counters) {
            counter.get(30, TimeUnit.SECONDS);
        }
        counting.set(false);
        taker.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        tally.take().values().forEach(taken::addAndGet);

        assertThat(taken.get()).isEqualTo(600_000L);
    }

    @Test
    void daysBeforeYesterdayAreForgottenOnceEmptyButYesterdayIsKept() {
        tally.count(DAY.minusDays(2), AccessKind.PAGE);
        tally.count(DAY.minusDays(1), AccessKind.PAGE);
        tally.count(DAY, AccessKind.PAGE);
        tally.take();

        tally.count(DAY.minusDays(1), AccessKind.PAGE);

        assertThat(tally.take()).containsOnly(Map.entry(new AccessTally.Key(DAY.minusDays(1), AccessKind.PAGE), 1L));
    }
}
