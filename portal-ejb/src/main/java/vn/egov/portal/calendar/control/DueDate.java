package vn.egov.portal.calendar.control;

import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * The answer to "N working days from here": the day counting starts from (after the office-hours
 * and day-off rules), the due date, and an explanation a person can check.
 */
public record DueDate(LocalDate countedFrom, int workingDays, LocalDate date, List<Phrase> explanation) {

    public DueDate {
        explanation = List.copyOf(explanation);
    }
}
