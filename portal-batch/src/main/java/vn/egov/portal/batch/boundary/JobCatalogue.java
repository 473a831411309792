package vn.egov.portal.batch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                    Map.of("month", JobCatalogue::isMonth),
                    List.of(new JobSchedule(
                            MONTHLY_REPORT, MONTHLY_REPORT, ScheduleRule.MONTHLY, "month", LocalTime.of(7, 0)))),
            new JobDefinition(
                    ROYALTY_STATEMENT,
                    "batch.job.royalty-statement",
                    Map.of("month", JobCatalogue::isMonth),
                    List.of(new JobSchedule(
                            ROYALTY_STATEMENT,
                            ROYALTY_STATEMENT,
                            ScheduleRule.MONTHLY,
                            "month",
                            LocalTime.of(7, 15)))));

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

    /** A month as the monthly report takes it, 2026-11; whether it has ended the job itself says. */
    static boolean isMonth(String value) {
        try {
            YearMonth month = YearMonth.parse(value);
            return month.getYear() >= 2000 && month.getYear() <= 2100;
        } catch (DateTimeParseException notAMonth) {
            return false;
        }
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
