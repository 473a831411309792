package vn.egov.portal.platform.i18n.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.egov.portal.platform.config.boundary.PortalConfig;

/**
 * The province's time zone for date converters in pages (Asia/Ho_Chi_Minh unless configured).
 * Faces 4.0's f:convertDateTime has no type for Instant, so pages show an Instant through
 * {@code local(...)} with {@code type="zonedDateTime"}.
 */
@Named
@ApplicationScoped
public class PortalTime {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PortalConfig config;

    public String getZone() {
        return config.zone().getId();
    }

    /** The instant on the province's clock; null stays null (not started, not ended). */
    public ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(config.zone());
    }

    /** A date as people write it here (dd/MM/yyyy), for message parameters where no converter reaches. */
    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
