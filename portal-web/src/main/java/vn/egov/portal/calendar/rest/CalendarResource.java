package vn.egov.portal.calendar.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.control.CalendarDay;
import vn.egov.portal.calendar.control.DueDate;
import vn.egov.portal.calendar.control.WorkingDayCount;
import vn.egov.portal.platform.cache.rest.Shareable;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** The working-day calendar for integrators: holidays, deadlines and counts, each explained. */
@Path("v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Vietnamese working days: holidays, deadlines in working days (public)")
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @Context
    HttpHeaders headers;

    public record Day(String date, String kind, String name, String reference, String reason) {}

    public record Holidays(int year, List<Day> days) {}

    public record Deadline(String date, String from, String countedFrom, int days, String explanation) {}

    public record Count(String from, String to, int workingDays, String explanation) {}

    @Shareable(seconds = 300)
    @GET
    @Path("holidays")
    @Operation(summary = "A year's public holidays, days off in lieu, decided days off and make-up working days")
    @APIResponse(responseCode = "400", description = "year missing or outside 1990-2100")
    public Holidays holidays(@QueryParam("year") String year) {
        int value = year(year);
        return new Holidays(
                value, calendar.holidays(value).stream().map(this::day).toList());
    }

    @Shareable(seconds = 300)
    @GET
    @Path("add-working-days")
    @Operation(summary = "The date N working days after `from` (YYYY-MM-DD, or YYYY-MM-DDTHH:MM to apply office hours)")
    @APIResponse(responseCode = "400", description = "from not a date, or days negative or above 1000")
    public Deadline addWorkingDays(@QueryParam("from") String from, @QueryParam("days") String days) {
        int count = days(days);
        DueDate due = from != null && from.contains("T")
                ? calendar.addWorkingDays(
                        dateTime(from).atZone(calendar.rules().zone()).toInstant(), count)
                : calendar.addWorkingDays(date("from", from), count);
        return new Deadline(
                due.date().toString(), from, due.countedFrom().toString(), count, explain(due.explanation()));
    }

    @Shareable(seconds = 300)
    @GET
    @Path("working-days-between")
    @Operation(summary = "Working days after `from` up to and including `to` (both YYYY-MM-DD)")
    @APIResponse(responseCode = "400", description = "a date malformed, or to before from")
    public Count workingDaysBetween(@QueryParam("from") String from, @QueryParam("to") String to) {
        WorkingDayCount count = calendar.workingDaysBetween(date("from", from), date("to", to));
        return new Count(from, to, count.workingDays(), explain(count.explanation()));
    }

    private Day day(CalendarDay day) {
        return new Day(
                day.date().toString(),
                day.kind().name(),
                explain(List.of(day.describe())),
                day.reference(),
                day.reason());
    }

    private String explain(List<Phrase> phrases) {
        Locale locale = locale();
        return Phrase.renderAll(phrases, PortalMessages.bundle(locale), locale);
    }

    private Locale locale() {
        return Language.firstOf(headers.getAcceptableLanguages()).locale();
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException malformed) {
            throw InvalidInputException.of(field, "error.calendar.date");
        }
    }

    private static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw InvalidInputException.of("from", "error.calendar.date");
        }
    }

    private static int days(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException malformed) {
            throw InvalidInputException.of("days", "error.calendar.days");
        }
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException malformed) {
            throw InvalidInputException.of("year", "error.calendar.year");
        }
    }
}
