package vn.egov.portal.deadline.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The board's new figures for one row of the update-deadline table: the deadline and its warning. */
public record RuleChange(
        @Min(value = 0, message = "{error.deadline.workingDays}")
                @Max(value = DeadlineRules.MAX_WORKING_DAYS, message = "{error.deadline.workingDays}")
                int workingDays,
        int dueSoonDays) {

    /** The warning comes at most as early as the deadline is long. */
    @AssertTrue(message = "{error.deadline.dueSoonDays}")
    private boolean isDueSoonDays() {
        return dueSoonDays >= 0 && dueSoonDays <= Math.max(workingDays, 0);
    }
}
