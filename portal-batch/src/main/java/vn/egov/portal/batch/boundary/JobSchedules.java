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
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.egov.portal.batch.control.JobSchedule;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * Starts the catalogue's jobs by themselves. Each schedule has a daily timer at its setting's time
 * in the portal's zone; the timer starts the job only on its rule's days (the first working day of
 * the month by the portal calendar, say), with the period that has just ended, and not while the job
 * is still running. One mechanism for every job: a job declares its schedules in the
 * {@link JobCatalogue}.
 */
@Singleton
// Open to every caller on purpose: the batch operations boundary and the start-up ask it.
@PermitAll
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobSchedules {

    private static final Logger LOG = Logger.getLogger(JobSchedules.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobCatalogue catalogue;

    @Inject
    JobLauncher launcher;

    @Inject
    CalendarService calendar;

    @Inject
    PortalConfig portal;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private final Map<String, Timer> timersById = new HashMap<>();

    @PostConstruct
    void schedule() {
        for (JobDefinition job : catalogue.list()) {
            for (JobSchedule schedule : job.schedules()) {
                LocalTime at = time(schedule);
                if (at == null) {
                    LOG.log(
                            JobSchedule.OFF.equalsIgnoreCase(setting(schedule)) ? Level.INFO : Level.SEVERE,
                            () -> schedule.job() + " does not start by schedule " + schedule.id() + ": "
                                    + schedule.settingName() + " is off or not a time (HH:mm)");
                    continue;
                }
                ScheduleExpression daily = new ScheduleExpression()
                        .hour(at.getHour())
                        .minute(at.getMinute())
                        .second(0)
                        .timezone(portal.zone().getId());
                timersById.put(schedule.id(), timers.createCalendarTimer(daily, new TimerConfig(schedule.id(), false)));
            }
        }
    }

    @Timeout
    void fire(Timer timer) {
        String id = String.valueOf(timer.getInfo());
        catalogue.list().stream()
                .flatMap(job -> job.schedules().stream())
                .filter(schedule -> schedule.id().equals(id))
                .findFirst()
                .ifPresent(this::startIfDue);
    }

    /** What each of the job's schedules says and when it fires next. */
    public List<ScheduledRun> of(JobDefinition job) {
        return job.schedules().stream()
                .map(schedule -> new ScheduledRun(schedule, setting(schedule), time(schedule), next(schedule)))
                .toList();
    }

    private void startIfDue(JobSchedule schedule) {
        try {
            LocalDate today = LocalDate.now(clock.withZone(portal.zone()));
            if (!schedule.rule().startsOn(today, calendar::isWorkingDay)) {
                return;
            }
            if (launcher.isRunning(schedule.job())) {
                LOG.warning(() -> schedule.job() + " is still running; the start of schedule " + schedule.id() + " on "
                        + today + " skipped");
                return;
            }
            Properties parameters = new Properties();
            parameters.setProperty(schedule.parameter(), schedule.rule().periodBefore(today));
            long execution = launcher.start(schedule.job(), parameters);
            LOG.info(() -> schedule.job() + " started by schedule " + schedule.id() + ", execution " + execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, schedule.job() + " could not be started by schedule " + schedule.id(), e);
        }
    }

    private String setting(JobSchedule schedule) {
        return config.getOptionalValue(schedule.settingName(), String.class)
                .map(String::strip)
                .orElse(schedule.defaultTime().toString());
    }

    /** The setting's time; null when it is "off" or not a time. */
    private LocalTime time(JobSchedule schedule) {
        String setting = setting(schedule);
        if (JobSchedule.OFF.equalsIgnoreCase(setting)) {
            return null;
        }
        try {
            return LocalTime.parse(setting);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /** The next firing of the timer on a day the rule starts on. */
    private Instant next(JobSchedule schedule) {
        Timer timer = timersById.get(schedule.id());
        try {
            if (timer == null) {
                return null;
            }
            ZonedDateTime firing = timer.getNextTimeout().toInstant().atZone(portal.zone());
            LocalDate day = schedule.rule().nextStart(firing.toLocalDate(), calendar::isWorkingDay);
            return firing.with(day).toInstant();
        } catch (RuntimeException expiredOrNoWorkingDay) {
            return null;
        }
    }
}
