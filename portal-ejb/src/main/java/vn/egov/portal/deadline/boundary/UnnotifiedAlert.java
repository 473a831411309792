package vn.egov.portal.deadline.boundary;

import java.time.LocalDate;
import vn.egov.portal.deadline.entity.DeadlineStatus;

/**
 * What a digest says of one alert that some recipient was not told of yet: read as a row, not as
 * an alert with its obligation, because a run can raise tens of thousands and the digests need
 * only these few values (100,000 obligations as entities took 30 s and most of a 1 GB heap).
 *
 * @param unitId the responsible unit, or null when the obligation has none
 */
public record UnnotifiedAlert(
        long id,
        DeadlineStatus level,
        LocalDate dueDate,
        String subjectTitle,
        Long unitId,
        boolean unitNotified,
        boolean boardNotified) {}
