package vn.egov.portal.calendar.control;

import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.platform.i18n.control.Phrase;

/** The working days after {@code from} up to and including {@code to}, with the days left out. */
public record WorkingDayCount(LocalDate from, LocalDate to, int workingDays, List<Phrase> explanation) {

    public WorkingDayCount {
        explanation = List.copyOf(explanation);
    }
}
