package vn.egov.portal.batch.boundary;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import vn.egov.portal.batch.control.JobSchedule;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * One schedule of a job as it stands: its rule, the time its setting gives ({@code null} when the
 * setting is "off" or not a time), and when its timer fires next.
 */
public record ScheduledRun(JobSchedule schedule, String setting, LocalTime at, Instant nextRun) {

    /** "Ngày làm việc đầu tiên của tháng, lúc 07:00", or why it does not run by itself. */
    public String describe(Locale locale) {
        if (at != null) {
            return PortalMessages.get(
                    locale, "batch.schedule." + schedule.rule().name(), at.toString());
        }
        if (JobSchedule.OFF.equalsIgnoreCase(setting)) {
            return PortalMessages.get(locale, "batch.schedule.off");
        }
        return PortalMessages.get(locale, "batch.schedule.invalid", schedule.settingName(), setting);
    }
}
