package vn.egov.portal.calendar.boundary;

import java.time.LocalDate;

/** An administrator's entry from a decision: the date, day off or working day, the decision and why. */
public record OverrideRequest(LocalDate date, boolean dayOff, String reference, String reason) {}
