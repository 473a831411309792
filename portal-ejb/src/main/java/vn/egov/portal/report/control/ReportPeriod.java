package vn.egov.portal.report.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * The span a report covers: a month ({@code 2026-11}), a quarter ({@code 2026-Q3}) or a year
 * ({@code 2026}), from its first day to its last, inclusive, in the portal's zone. A report covers
 * only a period that has ended: text that is no period, or a period not yet over, is refused on the
 * field {@code period}.
 */
public record ReportPeriod(String text, LocalDate first, LocalDate last) {

    public static final String FIELD = "period";
    public static final String MALFORMED = "report.error.period.malformed";
    public static final String NOT_ENDED = "report.error.period.notEnded";
    public static final String QUARTER_OR_YEAR = "report.error.period.quarterOrYear";

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    public ReportPeriod {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /** The period the text names, whatever the date (for reading stored reports). */
    public static ReportPeriod parse(String text) {
        String given = text == null ? "" : text.strip();
        Matcher month = MONTH.matcher(given);
        if (month.matches()) {
            int year = year(month.group(1));
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12) {
                throw malformed();
            }
            return of(YearMonth.of(year, number));
        }
        Matcher quarter = QUARTER.matcher(given);
        if (quarter.matches()) {
            int year = year(quarter.group(1));
            int number = Integer.parseInt(quarter.group(2));
            LocalDate first = LocalDate.of(year, 3 * number - 2, 1);
            return new ReportPeriod(given, first, first.plusMonths(3).minusDays(1));
        }
        Matcher whole = YEAR.matcher(given);
        if (whole.matches()) {
            int year = year(whole.group(1));
            return new ReportPeriod(given, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw malformed();
    }

    /** The period the text names, refused unless its last day is over in {@code zone} now. */
    public static ReportPeriod ended(String text, Clock clock, ZoneId zone) {
        ReportPeriod period = parse(text);
        if (!period.last.isBefore(LocalDate.now(clock.withZone(zone)))) {
            throw InvalidInputException.of(FIELD, NOT_ENDED);
        }
        return period;
    }

    public static ReportPeriod of(YearMonth month) {
        return new ReportPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** The month before today's in {@code zone}: what the monthly job covers by default. */
    public static ReportPeriod previousMonth(Clock clock, ZoneId zone) {
        return of(YearMonth.now(clock.withZone(zone)).minusMonths(1));
    }

    /** The quarter before today's in {@code zone}: what the agency evaluation covers by default. */
    public static ReportPeriod previousQuarter(Clock clock, ZoneId zone) {
        return quarterOf(LocalDate.now(clock.withZone(zone)).minusMonths(3));
    }

    /** The quarter {@code day} falls in. */
    public static ReportPeriod quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    /** Whether the period is one month (the monthly report's), not a quarter or a year. */
    public boolean isMonth() {
        return first.plusMonths(1).equals(end());
    }

    /** The day after the last, where the period's half-open bounds end. */
    public LocalDate end() {
        return last.plusDays(1);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw malformed();
        }
        return year;
    }

    private static InvalidInputException malformed() {
        return InvalidInputException.of(FIELD, MALFORMED);
    }

    @Override
    public String toString() {
        return text;
    }
}
