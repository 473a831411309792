package vn.egov.portal.calendar.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;

/** The public calendar's year and its working-day calculator. Nothing else in the query reaches these pages or their cache keys. */
@ApplicationScoped
public class CalendarQueryParameters extends PublicQueryParameters {

    public CalendarQueryParameters() {
        at("/lich", "nam", "tu", "so-ngay");
    }
}
