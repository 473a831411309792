package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/** Dates as Vietnamese readers write them (dd/MM/yyyy), in the province's zone. */
@Named
@ApplicationScoped
public class PortalDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PortalConfig config;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(config.zone()));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(config.zone()));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** Machine-readable, for the datetime attribute of time elements. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
