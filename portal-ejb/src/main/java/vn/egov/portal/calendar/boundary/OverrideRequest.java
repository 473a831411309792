package vn.egov.portal.calendar.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * An administrator's entry from a decision: the date, day off or working day, the decision and why.
 * Whether the date is already what the entry says, the calendar checks.
 */
public record OverrideRequest(
        @NotNull(message = "{error.calendar.date}") LocalDate date,
        boolean dayOff,
        @Required(message = "{error.calendar.reference}") @MaxLength(200) String reference,
        @Required(message = "{error.calendar.reason}") @MaxLength(1000) String reason) {

    /** A date outside the years the calendar answers for is a typing error. */
    @AssertTrue(message = "{error.calendar.year}")
    private boolean isDate() {
        return date == null
                || (date.getYear() >= CalendarService.FIRST_YEAR && date.getYear() <= CalendarService.LAST_YEAR);
    }
}
