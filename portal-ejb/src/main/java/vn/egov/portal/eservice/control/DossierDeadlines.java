package vn.egov.portal.eservice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.egov.portal.deadline.boundary.ObligationRequest;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationMove;

/**
 * Each dossier is one obligation of its competent agency, so the deadline monitor flags a late one,
 * escalates it to the agency head and the agency's dashboard lists it: opened at submission (the due
 * date counts from then) with the dossier's own due date, paused while a supplement is awaited, run
 * again to the date the supplement gives, moved to the new appointment date of a letter of apology,
 * fulfilled when the result is ready, called off when the dossier is refused, rejected or withdrawn.
 * The obligation names the dossier code and the procedure, never the applicant. This is the only
 * place the e-services meet the deadline feature.
 */
@Stateless
@PermitAll
public class DossierDeadlines {

    /** The obligations' kind and rule for dossiers; the subject is the dossier's id. */
    public static final String KIND = "eservice-dossier";

    public static final String RULE = "eservice-dossier";

    /** Where the agency's officials open their dossiers. */
    static final String DESK = "/admin/dich-vu-cong/dossiers.xhtml";

    private static final int MAX_TITLE = 500;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    /** The dossier arrived: its agency must give the result by its due date. */
    public void submitted(Application dossier) {
        obligations.open(new ObligationRequest(
                KIND,
                dossier.getId(),
                title(dossier),
                DESK,
                RULE,
                dossier.getAgency().getCode(),
                LocalDate.ofInstant(dossier.getSubmittedAt(), clock.getZone()),
                dossier.getSubmittedAt(),
                dossier.getDueDate()));
    }

    /** Follows the move just made on the dossier. */
    public void moved(Application dossier, ApplicationMove move) {
        long id = dossier.getId();
        switch (move) {
            case REQUEST_SUPPLEMENT -> obligations.pause(KIND, id, dossier.getCode() + ": " + move.name());
            case SUPPLEMENT -> obligations.resume(
                    KIND, id, dossier.getDueDate(), dossier.getCode() + ": " + move.name());
            case MARK_RESULT_READY, COMPLETE -> obligations.fulfil(KIND, id, at(dossier));
            case REFUSE, REJECT, WITHDRAW -> obligations.cancel(KIND, id);
            default -> {
                // Receiving and starting the work change nothing the deadline depends on.
            }
        }
    }

    /** A letter of apology promised a new appointment date: the agency is now held to that one. */
    public void apologised(Application dossier) {
        obligations.reschedule(KIND, dossier.getId(), dossier.getApologyDate(), dossier.getCode() + ": apology");
    }

    private static Instant at(Application dossier) {
        return dossier.getResultAt() != null ? dossier.getResultAt() : dossier.getClosedAt();
    }

    /** Code and procedure: what the digests and the dashboard show, with nothing of the applicant. */
    static String title(Application dossier) {
        String title = dossier.getCode() + " · " + dossier.getProcedure().getName();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
    }
}
