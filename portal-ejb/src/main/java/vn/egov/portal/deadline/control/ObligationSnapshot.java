package vn.egov.portal.deadline.control;

import java.io.Serializable;
import java.time.LocalDate;
import vn.egov.portal.deadline.entity.DeadlineStatus;

/** What the monitor needs of an open obligation, detached from the database. */
public record ObligationSnapshot(
        long id,
        String kind,
        String unitCode,
        LocalDate triggerDate,
        LocalDate dueDate,
        int dueSoonDays,
        DeadlineStatus status)
        implements Serializable {}
