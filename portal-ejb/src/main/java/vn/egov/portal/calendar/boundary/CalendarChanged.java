package vn.egov.portal.calendar.boundary;

import java.time.LocalDate;

/**
 * Fired (synchronously, inside the changing transaction) when an administrator adds, changes or
 * removes a calendar override. Features with running deadlines observe it and recompute the ones
 * that span {@code date}, so a holiday added later moves deadlines already running.
 */
public record CalendarChanged(LocalDate date, String reference, String reason) {}
