package vn.egov.portal.batch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.batch.control.JobSchedule;
import vn.egov.portal.batch.control.ScheduleRule;

/**
 * The portal's batch jobs: each one's parameters with their checks, and when it starts by itself
 * ({@link JobSchedules} reads the schedules; their settings are in the README's configuration table).
 */
@ApplicationScoped
public class JobCatalogue {

    public static final String DEADLINE_MONITOR = "deadline-monitor";
    public static final String SEARCH_REINDEX = "search-reindex";
    public static final String MONTHLY_REPORT = "monthly-report";
    public static final String ROYALTY_STATEMENT = "royalty-statement";
    public static final String AGENCY_EVALUATION = "agency-evaluation";

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Now, in the portal's zone: whether a report's period has ended is checked before the job starts. */
    @Inject
    Clock clock;

    private final List<JobDefinition> jobs = List.of(
            new JobDefinition(
                    DEADLINE_MONITOR,
                    "batch.job.deadline-monitor",
                    Map.of(
                            "runDate", JobCatalogue::isDate,
                            "chunkSize", value -> isIntegerBetween(value, 1, 5000),
                            "skipLimit", value -> isIntegerBetween(value, 0, 1_000_000),
                            "mailAttempts", value -> isIntegerBetween(value, 1, 10)),
                    List.of(new JobSchedule(
                            DEADLINE_MONITOR, DEADLINE_MONITOR, ScheduleRule.DAILY, "runDate", LocalTime.of(6, 30)))),
            new JobDefinition(
                    SEARCH_REINDEX,
                    "batch.job.search-reindex",
                    Map.of("chunkSize", value -> isIntegerBetween(value, 1, 5000)),
                    List.of()),
            new JobDefinition(
                    MONTHLY_REPORT,
                    "batch.job.monthly-report",
                    Map.of("month", this::isEndedMonth),
                    List.of(new JobSchedule(
                            MONTHLY_REPORT, MONTHLY_REPORT, ScheduleRule.MONTHLY, "month", LocalTime.of(7, 0)))),
            new JobDefinition(
                    AGENCY_EVALUATION,
                    "batch.job.agency-evaluation",
                    Map.of("period", this::isEndedQuarterOrYear),
                    List.of(
                            new JobSchedule(
                                    AGENCY_EVALUATION,
                                    AGENCY_EVALUATION,
                                    ScheduleRule.QUARTERLY,
                                    "period",
                                    LocalTime.of(7, 30)),
                            new JobSchedule(
                                    "agency-evaluation-yearly",
                                    AGENCY_EVALUATION,
                                    ScheduleRule.YEARLY,
                                    "period",
                                    LocalTime.of(7, 45)))),
            new JobDefinition(
                    ROYALTY_STATEMENT,
                    "batch.job.royalty-statement",
                    Map.of("month", this::isEndedMonth),
                    List.of(new JobSchedule(
                            ROYALTY_STATEMENT,
                            ROYALTY_STATEMENT,
                            ScheduleRule.MONTHLY,
                            "month",
                            LocalTime.of(7, 15)))));

    public JobCatalogue() {}

    /** A catalogue that judges periods against {@code clock} (tests). */
    JobCatalogue(Clock clock) {
        this.clock = clock;
    }

    public List<JobDefinition> list() {
        return jobs;
    }

    public Optional<JobDefinition> find(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst();
    }

    static boolean isDate(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() >= 2000 && date.getYear() <= 2100;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    /**
     * A month as the monthly report and the royalty statements take it, 2026-11, that has ended
     * today in the portal's zone: a month not yet over is refused before the job starts.
     */
    boolean isEndedMonth(String value) {
        try {
            YearMonth month = YearMonth.parse(value);
            return inRange(month.getYear()) && !month.plusMonths(1).atDay(1).isAfter(LocalDate.now(clock));
        } catch (DateTimeParseException notAMonth) {
            return false;
        }
    }

    /**
     * A quarter (2026-Q3) or a year (2026), as the agency evaluation takes it, that has ended today
     * in the portal's zone. (The report feature's own ReportPeriod says the same inside the job; the
     * batch feature may not depend on it, since report depends on features that depend on batch.)
     */
    boolean isEndedQuarterOrYear(String value) {
        LocalDate after = dayAfter(value);
        return after != null && !after.isAfter(LocalDate.now(clock));
    }

    /** The day after the quarter or year the text names, or null for other text. */
    private static LocalDate dayAfter(String value) {
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            return inRange(year)
                    ? LocalDate.of(year, 3 * Integer.parseInt(quarter.group(2)) - 2, 1)
                            .plusMonths(3)
                    : null;
        }
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return inRange(year) ? LocalDate.of(year + 1, 1, 1) : null;
        }
        return null;
    }

    private static boolean inRange(int year) {
        return year >= 2000 && year <= 2100;
    }

    static boolean isIntegerBetween(String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            return number >= min && number <= max;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
