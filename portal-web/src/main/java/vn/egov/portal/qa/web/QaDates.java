package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.egov.portal.platform.boundary.PortalConfig;

/**
 * Instants as the province reads them (dd/MM/yyyy, in its zone). The standard date converter
 * formats an Instant with a pattern through java.text, which refuses it, so pages call this instead.
 */
@Named("qaDates")
@ApplicationScoped
public class QaDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    PortalConfig config;

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(config.zone()));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(config.zone()));
    }
}
