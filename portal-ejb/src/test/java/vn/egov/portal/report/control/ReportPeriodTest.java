package vn.egov.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

class ReportPeriodTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 1 December 2026, 00:30 in Hanoi (still 30 November in UTC). */
    private static final Clock DECEMBER_FIRST = Clock.fixed(Instant.parse("2026-11-30T17:30:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
        "2026-11, 2026-11-01, 2026-11-30",
        "2026-02, 2026-02-01, 2026-02-28",
        "2024-02, 2024-02-01, 2024-02-29",
        "2026-Q1, 2026-01-01, 2026-03-31",
        "2026-Q3, 2026-07-01, 2026-09-30",
        "2025-Q4, 2025-10-01, 2025-12-31",
        "2025, 2025-01-01, 2025-12-31"
    })
    void ended(String text, LocalDate first, LocalDate last) {
        ReportPeriod period = ReportPeriod.ended(text, DECEMBER_FIRST, HANOI);

        assertThat(period.text()).isEqualTo(text);
        assertThat(period.first()).isEqualTo(first);
        assertThat(period.last()).isEqualTo(last);
        assertThat(period.end()).isEqualTo(last.plusDays(1));
    }

    @ParameterizedTest(name = "\"{0}\" is no period")
    @ValueSource(
            strings = {
                "",
                " ",
                "2026-13",
                "2026-00",
                "2026-Q5",
                "2026-Q0",
                "26-11",
                "2026/11",
                "1999",
                "2101-01",
                "2026-1",
                "november",
                "2026-11-01",
                "2026-q3"
            })
    void malformed(String text) {
        assertRefused(text, ReportPeriod.MALFORMED);
    }

    @Test
    void nothingIsNoPeriod() {
        assertThatThrownBy(() -> ReportPeriod.parse(null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKey("period"));
    }

    @ParameterizedTest(name = "{0} has not ended on 1 December 2026 in Hanoi")
    @ValueSource(strings = {"2026-12", "2027-01", "2026-Q4", "2026", "2027"})
    void notEnded(String text) {
        assertRefused(text, ReportPeriod.NOT_ENDED);
    }

    @Test
    void theMonthEndsInHanoiNotInUtc() {
        Clock lastEveningUtc = Clock.fixed(Instant.parse("2026-11-30T16:59:00Z"), ZoneOffset.UTC);

        assertThatThrownBy(() -> ReportPeriod.ended("2026-11", lastEveningUtc, HANOI))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ReportPeriod.ended("2026-11", DECEMBER_FIRST, HANOI).last()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theDefaultIsThePreviousMonthInHanoi() {
        assertThat(ReportPeriod.previousMonth(DECEMBER_FIRST, HANOI).text()).isEqualTo("2026-11");
    }

    @ParameterizedTest(name = "on {0} in Hanoi the previous quarter is {1}")
    @CsvSource({
        "2026-12-01T00:30, 2026-Q3",
        "2027-01-04T07:30, 2026-Q4",
        "2026-04-01T00:00, 2026-Q1",
        "2026-03-31T23:59, 2025-Q4"
    })
    void theEvaluationsDefaultIsThePreviousQuarterInHanoi(java.time.LocalDateTime now, String quarter) {
        Clock clock = Clock.fixed(now.atZone(HANOI).toInstant(), ZoneOffset.UTC);
        ReportPeriod previous = ReportPeriod.previousQuarter(clock, HANOI);
        assertThat(previous.text()).isEqualTo(quarter);
        assertThat(previous.isMonth()).isFalse();
    }

    @ParameterizedTest(name = "{0} is a month: {1}")
    @CsvSource({"2026-02, true", "2026-12, true", "2026-Q1, false", "2026, false"})
    void onlyAMonthIsAMonth(String text, boolean month) {
        assertThat(ReportPeriod.parse(text).isMonth()).isEqualTo(month);
    }

    private static void assertRefused(String text, String key) {
        assertThatThrownBy(() -> ReportPeriod.ended(text, DECEMBER_FIRST, HANOI))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsExactlyEntriesOf(java.util.Map.of("period", key)));
    }
}
