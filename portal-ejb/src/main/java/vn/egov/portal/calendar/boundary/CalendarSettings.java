package vn.egov.portal.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.calendar.control.CalendarRules;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * The calendar's configuration: {@code portal.calendar.tet-days} (offsets from lunar new year),
 * {@code portal.calendar.national-day-adjacent} (-1 or 1) and {@code portal.calendar.office-hours}
 * ("07:30-17:00"), in the portal's zone.
 */
@ApplicationScoped
public class CalendarSettings {

    @Inject
    @ConfigProperty(name = "portal.calendar.tet-days", defaultValue = "-2,-1,0,1,2")
    String tetDays;

    @Inject
    @ConfigProperty(name = "portal.calendar.national-day-adjacent", defaultValue = "-1")
    int nationalDayAdjacent;

    @Inject
    @ConfigProperty(name = "portal.calendar.office-hours", defaultValue = "07:30-17:00")
    String officeHours;

    @Inject
    PortalConfig config;

    /** Read once: the settings are fixed for the application's life, and every due date asks. */
    private volatile CalendarRules rules;

    public CalendarRules rules() {
        CalendarRules read = rules;
        if (read == null) {
            String[] hours = officeHours.split("-");
            read = new CalendarRules(
                    CalendarRules.parseOffsets(tetDays),
                    nationalDayAdjacent,
                    LocalTime.parse(hours[0].strip()),
                    LocalTime.parse(hours[1].strip()),
                    config.zone());
            rules = read;
        }
        return read;
    }
}
