package vn.egov.portal.deadline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.calendar.control.CalendarRules;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.deadline.entity.DeadlineStatus;

class DeadlineAssessorTest {

    private final DeadlineAssessor assessor = new DeadlineAssessor(
            new WorkingCalendar(CalendarRules.defaults(ZoneId.of("Asia/Ho_Chi_Minh")), List.of()), 3);

    @ParameterizedTest(name = "due {0}, amber within {1}, on {2}: {3} ({4} left, {5} overdue)")
    @CsvSource({
        "2025-05-20, 2, 2025-05-12, ON_TRACK, 6, 0",
        "2025-05-20, 2, 2025-05-16, DUE_SOON, 2, 0",
        "2025-05-20, 2, 2025-05-17, DUE_SOON, 2, 0",
        "2025-05-20, 0, 2025-05-19, ON_TRACK, 1, 0",
        "2025-05-20, 2, 2025-05-20, DUE_TODAY, 0, 0",
        "2025-05-20, 2, 2025-05-21, OVERDUE, 0, 1",
        "2025-05-20, 2, 2025-05-22, OVERDUE, 0, 2",
        "2025-05-20, 2, 2025-05-23, ESCALATED, 0, 3",
        "2025-04-29, 1, 2025-05-02, OVERDUE, 0, 1",
        "2025-04-29, 1, 2025-04-30, OVERDUE, 0, 0",
        "2024-12-31, 1, 2025-01-03, OVERDUE, 0, 2"
    })
    void assess(LocalDate due, int amber, LocalDate today, DeadlineStatus status, int left, int overdue)
            throws Exception {
        Assessment assessment = assessor.assess(obligation(due, amber, "so-tu-phap"), today);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.workingDaysLeft()).isEqualTo(left);
        assertThat(assessment.workingDaysOverdue()).isEqualTo(overdue);
        assertThat(assessment.needsAlert()).isEqualTo(status != DeadlineStatus.ON_TRACK);
    }

    @Test
    void recordsWithoutAUnitOrWithImpossibleDatesAreRefused() {
        assertThatThrownBy(
                        () -> assessor.assess(obligation(LocalDate.of(2025, 5, 20), 2, null), LocalDate.of(2025, 5, 2)))
                .isInstanceOf(InvalidObligationException.class)
                .hasMessageContaining("no responsible unit");
        ObligationSnapshot backwards = new ObligationSnapshot(
                8, "legal-document", "so-tu-phap", LocalDate.of(2025, 5, 21), LocalDate.of(2025, 5, 20), 1, null);
        assertThatThrownBy(() -> assessor.assess(backwards, LocalDate.of(2025, 5, 2)))
                .isInstanceOf(InvalidObligationException.class);
    }

    private static ObligationSnapshot obligation(LocalDate due, int amber, String unit) {
        return new ObligationSnapshot(
                7, "legal-document", unit, due.minusDays(10), due, amber, DeadlineStatus.ON_TRACK);
    }
}
