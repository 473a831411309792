package vn.egov.portal.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    @ParameterizedTest(name = "failure {0} locks for {1} min")
    @CsvSource({"1, 0", "4, 0", "5, 1", "6, 2", "7, 4", "10, 32", "16, 1440", "40, 1440"})
    void locksLongerWithEachFailureUpToADay(int failures, long minutes) {
        Instant until = LoginThrottle.lockAfter(failures, NOW);

        if (minutes == 0) {
            assertThat(until).isNull();
        } else {
            assertThat(Duration.between(NOW, until).toMinutes()).isEqualTo(minutes);
        }
    }

    @ParameterizedTest(name = "failure {0} locks one place for {1} min")
    @CsvSource({"4, 0", "5, 1", "8, 8", "9, 15", "30, 15"})
    void aPlaceIsLockedForAQuarterOfAnHourAtMost(int failures, long minutes) {
        Instant until = LoginThrottle.lockAfter(failures, NOW, LoginThrottle.PLACE_LONGEST);

        if (minutes == 0) {
            assertThat(until).isNull();
        } else {
            assertThat(Duration.between(NOW, until).toMinutes()).isEqualTo(minutes);
        }
    }
}
