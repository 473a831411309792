package vn.egov.portal.deadline.batch;

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
import vn.egov.portal.deadline.control.Assessment;
import vn.egov.portal.deadline.control.DeadlineAssessor;
import vn.egov.portal.deadline.control.InvalidObligationException;
import vn.egov.portal.deadline.control.ObligationSnapshot;
import vn.egov.portal.deadline.entity.DeadlineStatus;

class ObligationAssessorTest {

    private final DeadlineAssessor assessor = new DeadlineAssessor(
            new WorkingCalendar(CalendarRules.defaults(ZoneId.of("Asia/Ho_Chi_Minh")), List.of()), 3);

    @ParameterizedTest(name = "was {0}, due {1}, judged {2}: writes {3}")
    @CsvSource({
        "ON_TRACK, 2025-05-20, 2025-05-05, ",
        "DUE_SOON, 2025-05-20, 2025-05-05, ON_TRACK",
        "ON_TRACK, 2025-05-20, 2025-05-19, DUE_SOON",
        "DUE_SOON, 2025-05-20, 2025-05-19, DUE_SOON",
        "DUE_TODAY, 2025-05-20, 2025-05-21, OVERDUE",
        "OVERDUE, 2025-05-20, 2025-05-26, ESCALATED"
    })
    void writesOnlyWhatChangedOrNeedsAnAlert(DeadlineStatus was, LocalDate due, LocalDate on, DeadlineStatus writes)
            throws Exception {
        ObligationSnapshot obligation =
                new ObligationSnapshot(11, "qa-answer", "so-tu-phap", due.minusDays(20), due, 2, was);

        Assessment written = ObligationAssessor.assess(assessor, obligation, on);

        assertThat(written == null ? null : written.status()).isEqualTo(writes);
    }

    @Test
    void aBrokenRecordIsHandedToTheSkipMachinery() {
        ObligationSnapshot noUnit = new ObligationSnapshot(
                12,
                "legal-document",
                null,
                LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 6),
                1,
                DeadlineStatus.ON_TRACK);

        assertThatThrownBy(() -> ObligationAssessor.assess(assessor, noUnit, LocalDate.of(2025, 5, 2)))
                .isInstanceOf(InvalidObligationException.class);
    }
}
