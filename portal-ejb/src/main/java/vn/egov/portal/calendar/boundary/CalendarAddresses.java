package vn.egov.portal.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The working-day calendar at "/lich/". */
@ApplicationScoped
public class CalendarAddresses extends TopLevelPaths {

    public CalendarAddresses() {
        super("lich");
    }
}
