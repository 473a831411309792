package vn.egov.portal.batch.control;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When a job starts by itself: on the days of its rule, at the time of the setting
 * {@code portal.batch.<id>.schedule} ("HH:mm" in the portal's zone, or "off"), with the period the
 * rule gives as the parameter {@code parameter}. A job may have several (the agency evaluation runs
 * quarterly and yearly), each with its own id and setting.
 */
public record JobSchedule(String id, String job, ScheduleRule rule, String parameter, LocalTime defaultTime) {

    public static final String OFF = "off";

    public JobSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(defaultTime, "defaultTime");
    }

    public String settingName() {
        return "portal.batch." + id + ".schedule";
    }
}
