package vn.egov.portal.deadline.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A feature's request to start the clock: its own kind and subject, what to show, which rule, the
 * responsible unit and the trigger. Give {@code triggeredAt} when the trigger has a time of day (a
 * question received): the office-hours rule then applies; otherwise the date counts. Give
 * {@code dueDate} when the feature counts the date itself (a dossier's appointment date: the
 * procedure's own working days, a stopped clock): the rule then names the obligation and its amber
 * window only, and the feature moves the date; a calendar change leaves it alone.
 */
public record ObligationRequest(
        String kind,
        long subjectId,
        String subjectTitle,
        String subjectLink,
        String ruleCode,
        String unitCode,
        LocalDate triggerDate,
        Instant triggeredAt,
        LocalDate dueDate) {

    /** The due date counted from the trigger by the rule's working days. */
    public ObligationRequest(
            String kind,
            long subjectId,
            String subjectTitle,
            String subjectLink,
            String ruleCode,
            String unitCode,
            LocalDate triggerDate,
            Instant triggeredAt) {
        this(kind, subjectId, subjectTitle, subjectLink, ruleCode, unitCode, triggerDate, triggeredAt, null);
    }
}
