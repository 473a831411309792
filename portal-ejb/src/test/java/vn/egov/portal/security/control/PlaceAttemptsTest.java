package vn.egov.portal.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaceAttemptsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    private final PlaceAttempts attempts = new PlaceAttempts(3);

    @Test
    void fiveFailuresLockThatPairOnlyAndForAMinute() {
        for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(attempts.failed("place-a admin", NOW)).isEmpty();
        }

        assertThat(attempts.failed("place-a admin", NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(attempts.isLocked("place-a admin", NOW.plusSeconds(59))).isTrue();
        assertThat(attempts.isLocked("place-a admin", NOW.plusSeconds(60))).isFalse();
        assertThat(attempts.isLocked("place-b admin", NOW)).as("another place").isFalse();
        assertThat(attempts.isLocked("place-a thuky", NOW))
                .as("another account")
                .isFalse();
    }

    @Test
    void aPlaceIsNeverLockedForLongerThanAQuarterOfAnHour() {
        Instant lock = null;
        for (int i = 0; i < 30; i++) {
            lock = attempts.failed("place-a admin", NOW).orElse(null);
        }

        assertThat(Duration.between(NOW, lock)).isEqualTo(LoginThrottle.PLACE_LONGEST);
    }

    @Test
    void successForgetsThePairAndADayOfQuietToo() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            attempts.failed("place-a admin", NOW);
            attempts.failed("place-b admin", NOW);
        }
        attempts.succeeded("place-a admin");

        assertThat(attempts.isLocked("place-a admin", NOW)).isFalse();
        assertThat(attempts.failed("place-b admin", NOW.plus(Duration.ofDays(2))))
                .as("counting starts afresh")
                .isEmpty();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentPairs() {
        for (int i = 0; i < 10; i++) {
            attempts.failed("place-" + i + " admin", NOW);
        }

        assertThat(attempts.size()).isEqualTo(3);
    }
}
