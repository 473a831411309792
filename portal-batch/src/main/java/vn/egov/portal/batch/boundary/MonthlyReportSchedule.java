package vn.egov.portal.batch.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * Runs the monthly report for the previous month on the first working day of each month (by the
 * portal calendar, so a month that opens with Tết waits for the first day back) at
 * {@code portal.batch.monthly-report.schedule} ("HH:mm" in the portal's zone, default 07:00; "off"
 * to disable). The timer fires daily and starts the job only on that day.
 */
@Singleton
// Open to every caller on purpose: the batch operations boundary and the start-up ask it.
@PermitAll
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyReportSchedule {

    private static final Logger LOG = Logger.getLogger(MonthlyReportSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLauncher launcher;

    @Inject
    PortalConfig config;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.batch.monthly-report.schedule", defaultValue = "07:00")
    String schedule;

    private Timer timer;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        if ("off".equalsIgnoreCase(schedule.strip())) {
            LOG.info("monthly-report has no schedule (portal.batch.monthly-report.schedule=off)");
            return;
        }
        LocalTime at = LocalTime.parse(schedule.strip());
        ScheduleExpression daily = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(config.zone().getId());
        timer = timers.createCalendarTimer(daily, new TimerConfig(JobCatalogue.MONTHLY_REPORT, false));
    }

    @Timeout
    void run() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(config.zone()));
            if (!today.equals(firstWorkingDay(YearMonth.from(today)))) {
                return;
            }
            if (launcher.isRunning(JobCatalogue.MONTHLY_REPORT)) {
                LOG.warning("monthly-report is still running; this month's scheduled start skipped");
                return;
            }
            Properties parameters = new Properties();
            parameters.setProperty("month", YearMonth.from(today).minusMonths(1).toString());
            long id = launcher.start(JobCatalogue.MONTHLY_REPORT, parameters);
            LOG.info(() -> "monthly-report started on schedule, execution " + id);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "monthly-report could not be started on schedule", e);
        }
    }

    LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day) && day.isBefore(month.atEndOfMonth())) {
            day = day.plusDays(1);
        }
        return day;
    }

    public String describe() {
        return schedule.strip();
    }

    public Optional<Instant> nextRun() {
        try {
            return Optional.ofNullable(timer).map(t -> t.getNextTimeout().toInstant());
        } catch (RuntimeException expired) {
            return Optional.empty();
        }
    }
}
