package vn.egov.portal.eservice.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationState;

/**
 * Where a dossier stands, as anyone with its code may see it: the procedure, the agency, the state,
 * the dates and each step's state and time; no particulars, no files, no officials' comments. Only
 * with the secret does it carry what the agency asked to supplement. Whether the applicant rated the
 * service shows, never how. A late dossier's letter of apology shows as its new appointment date only.
 */
public record DossierStatus(
        String code,
        String procedureCode,
        String procedureName,
        String agencyCode,
        String agencyName,
        ApplicationState state,
        Instant submittedAt,
        LocalDate dueDate,
        boolean clockStopped,
        Integer remainingWorkingDays,
        boolean late,
        Instant closedAt,
        List<Step> steps,
        String supplementRequest,
        boolean rated,
        LocalDate newAppointmentDate)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One move as the public sees it: the state it led to, and when. */
    public record Step(ApplicationState state, Instant at) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    static DossierStatus of(Application dossier, LocalDate today, boolean withSecret) {
        return new DossierStatus(
                dossier.getCode(),
                dossier.getProcedure().getCode(),
                dossier.getProcedure().getName(),
                dossier.getAgency().getCode(),
                dossier.getAgency().getName().getVi(),
                dossier.getState(),
                dossier.getSubmittedAt(),
                dossier.getDueDate(),
                dossier.getRemainingDays() != null,
                dossier.getRemainingDays(),
                dossier.isLate(today),
                dossier.getClosedAt(),
                dossier.getEvents().stream()
                        .map(event -> new Step(event.getToState(), event.getAt()))
                        .toList(),
                withSecret && dossier.getState() == ApplicationState.NEEDS_SUPPLEMENT
                        ? dossier.getSupplementRequest()
                        : null,
                dossier.getRating() != null,
                dossier.getApologyDate());
    }
}
