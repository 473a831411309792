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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * Runs the deadline monitor every day at {@code portal.batch.deadline-monitor.schedule} ("HH:mm"
 * in the portal's zone, default 06:30; "off" to disable). A day whose run is still going is not
 * started twice; a second run on the same day would send nothing new anyway.
 */
@Singleton
// Open to every caller on purpose: the batch operations boundary and the start-up ask it.
@PermitAll
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineMonitorSchedule {

    private static final Logger LOG = Logger.getLogger(DeadlineMonitorSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLauncher launcher;

    @Inject
    PortalConfig config;

    @Inject
    @ConfigProperty(name = "portal.batch.deadline-monitor.schedule", defaultValue = "06:30")
    String schedule;

    private Timer timer;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        if ("off".equalsIgnoreCase(schedule.strip())) {
            LOG.info("deadline-monitor has no schedule (portal.batch.deadline-monitor.schedule=off)");
            return;
        }
        LocalTime at = LocalTime.parse(schedule.strip());
        ScheduleExpression daily = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(config.zone().getId());
        timer = timers.createCalendarTimer(daily, new TimerConfig(JobCatalogue.DEADLINE_MONITOR, false));
    }

    @Timeout
    void run() {
        try {
            if (launcher.isRunning(JobCatalogue.DEADLINE_MONITOR)) {
                LOG.warning("deadline-monitor is still running; today's scheduled start skipped");
                return;
            }
            Properties parameters = new Properties();
            parameters.setProperty("runDate", LocalDate.now(config.zone()).toString());
            long id = launcher.start(JobCatalogue.DEADLINE_MONITOR, parameters);
            LOG.info(() -> "deadline-monitor started on schedule, execution " + id);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "deadline-monitor could not be started on schedule", e);
        }
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
