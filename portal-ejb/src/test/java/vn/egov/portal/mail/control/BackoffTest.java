package vn.egov.portal.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30), 8);

    @ParameterizedTest(name = "after {0} failures wait {1}")
    @CsvSource({"1, PT1M", "2, PT2M", "3, PT4M", "5, PT16M", "6, PT30M", "7, PT30M", "8, ", "9, "})
    void doublesUpToTheCapAndStopsAfterTheLastAttempt(int failures, Duration expected) {
        assertThat(backoff.delayAfter(failures)).isEqualTo(expected);
    }
}
