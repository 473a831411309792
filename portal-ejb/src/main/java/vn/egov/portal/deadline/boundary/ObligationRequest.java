package vn.egov.portal.deadline.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A feature's request to start the clock: its own kind and subject, what to show, which rule, the
 * responsible unit and the trigger. Give {@code triggeredAt} when the trigger has a time of day (a
 * question received): the office-hours rule then applies; otherwise the date counts.
 */
public record ObligationRequest(
        String kind,
        long subjectId,
        String subjectTitle,
        String subjectLink,
        String ruleCode,
        String unitCode,
        LocalDate triggerDate,
        Instant triggeredAt) {}
