package vn.egov.portal.guard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void allowsTheLimitWithinTheWindowThenWaitsForTheOldestToLeave() {
        SlidingWindow window = new SlidingWindow(3, Duration.ofHours(1));

        assertThat(window.tryAcquire("ip-a", T0)).isTrue();
        assertThat(window.tryAcquire("ip-a", T0.plusSeconds(600))).isTrue();
        assertThat(window.tryAcquire("ip-a", T0.plusSeconds(1200))).isTrue();
        assertThat(window.tryAcquire("ip-a", T0.plusSeconds(1800))).isFalse();
        assertThat(window.retryAfter("ip-a", T0.plusSeconds(1800))).isEqualTo(Duration.ofMinutes(30));
        assertThat(window.tryAcquire("ip-a", T0.plusSeconds(3601))).isTrue();
    }

    @Test
    void keysAreCountedApartAndRefusalsDoNotCount() {
        SlidingWindow window = new SlidingWindow(1, Duration.ofMinutes(10));

        assertThat(window.tryAcquire("ip-a", T0)).isTrue();
        assertThat(window.tryAcquire("ip-b", T0)).isTrue();
        for (int i = 1; i <= 5; i++) {
            assertThat(window.tryAcquire("ip-a", T0.plusSeconds(i))).isFalse();
        }
        assertThat(window.tryAcquire("ip-a", T0.plusSeconds(601))).isTrue();
        assertThat(window.retryAfter("ip-c", T0)).isZero();
    }

    @Test
    void aSubmissionCountsInBothWindowsOrInNeither() {
        SlidingWindow perAddress = new SlidingWindow(10, Duration.ofHours(1));
        SlidingWindow perEmail = new SlidingWindow(1, Duration.ofDays(1));

        assertThat(SlidingWindow.tryAcquireBoth(perAddress, "ip-a", perEmail, "mail-a", T0))
                .isTrue();
        for (int i = 1; i <= 20; i++) {
            assertThat(SlidingWindow.tryAcquireBoth(perAddress, "ip-a", perEmail, "mail-a", T0.plusSeconds(i)))
                    .isFalse();
        }
        for (int i = 1; i <= 9; i++) {
            assertThat(SlidingWindow.tryAcquireBoth(perAddress, "ip-a", perEmail, "mail-" + i, T0.plusSeconds(30 + i)))
                    .as("the refused ones did not use up the address")
                    .isTrue();
        }
        assertThat(SlidingWindow.tryAcquireBoth(perAddress, "ip-a", perEmail, "mail-x", T0.plusSeconds(60)))
                .isFalse();
    }
}
