package vn.egov.portal.eservice.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** The letter of apology as the official confirms it: the new appointment date (YYYY-MM-DD) and the text. */
public record ApologyPayload(String newDate, String text) {

    /** The date; a missing one is left to the boundary, an unreadable one is a 400 on "newDate". */
    LocalDate date() {
        if (Text.isBlank(newDate)) {
            return null;
        }
        try {
            return LocalDate.parse(newDate.strip());
        } catch (DateTimeParseException unreadable) {
            throw InvalidInputException.of("newDate", "eservice.error.apology.date");
        }
    }
}
