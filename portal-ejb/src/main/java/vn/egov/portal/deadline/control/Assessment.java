package vn.egov.portal.deadline.control;

import java.io.Serializable;
import java.time.LocalDate;
import vn.egov.portal.deadline.entity.DeadlineStatus;

/**
 * An obligation's standing on a day: its status, working days left (before the due date) or
 * working days overdue (after it), and whether the stage deserves an alert.
 */
public record Assessment(
        long obligationId, LocalDate on, DeadlineStatus status, int workingDaysLeft, int workingDaysOverdue)
        implements Serializable {

    public boolean needsAlert() {
        return status != DeadlineStatus.ON_TRACK;
    }
}
