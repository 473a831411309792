package vn.egov.portal.qa.boundary;

import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.qa.entity.Question;

/** A question on a dashboard with where it stands against its answer date; null status without a date. */
public record OpenQuestion(Question question, DeadlineStatus status) {

    /** The message key of the standing, "qa.due.NO_DATE" without a date. */
    public String statusKey() {
        return "qa.due." + (status == null ? "NO_DATE" : status.name());
    }
}
