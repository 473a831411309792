package vn.egov.portal.calendar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.ResourceBundle;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.control.CalendarDay;
import vn.egov.portal.calendar.control.CalendarRules;
import vn.egov.portal.calendar.control.DueDate;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * The public calendar page (/lich/): a year's days off with their reasons, and a deadline
 * calculator. Plain GET parameters (nam, tu, so-ngay), so every answer has its own address.
 */
@Named
@RequestScoped
public class CalendarPage {

    @Inject
    CalendarService calendar;

    @Inject
    HttpServletRequest request;

    @Inject
    PortalLocale locale;

    @Inject
    Clock clock;

    private Integer year;

    public int getYear() {
        if (year == null) {
            year = parseYear(request.getParameter("nam"));
        }
        return year;
    }

    public List<CalendarDay> getDays() {
        return calendar.holidays(getYear());
    }

    public String describe(CalendarDay day) {
        return day.describe().render(bundle(), locale.getLocale());
    }

    public String weekday(CalendarDay day) {
        return day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, locale.getLocale());
    }

    public String getFrom() {
        return request.getParameter("tu");
    }

    public String getDays2() {
        return request.getParameter("so-ngay");
    }

    public boolean isAsked() {
        return getFrom() != null && getDays2() != null;
    }

    /** The calculator's answer, or the field's error message. */
    public String getAnswer() {
        try {
            LocalDate from = LocalDate.parse(getFrom().strip());
            DueDate due =
                    calendar.addWorkingDays(from, Integer.parseInt(getDays2().strip()));
            return Phrase.renderAll(due.explanation(), bundle(), locale.getLocale());
        } catch (java.time.format.DateTimeParseException malformed) {
            return PortalMessages.get(locale.getLocale(), "error.calendar.date");
        } catch (NumberFormatException malformed) {
            return PortalMessages.get(locale.getLocale(), "error.calendar.days");
        } catch (InvalidInputException invalid) {
            return PortalMessages.get(
                    locale.getLocale(),
                    invalid.fieldErrors().values().iterator().next());
        }
    }

    public String getOfficeHours() {
        CalendarRules rules = calendar.rules();
        return Phrase.of("calendar.officeHours", rules.officeOpens(), rules.officeCloses())
                .render(bundle(), locale.getLocale());
    }

    private ResourceBundle bundle() {
        return PortalMessages.bundle(locale.getLocale());
    }

    /** The year asked for, or this year in the portal's zone. */
    private int parseYear(String text) {
        int thisYear = LocalDate.now(clock).getYear();
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= CalendarService.FIRST_YEAR && value <= CalendarService.LAST_YEAR ? value : thisYear;
        } catch (NumberFormatException absent) {
            return thisYear;
        }
    }
}
