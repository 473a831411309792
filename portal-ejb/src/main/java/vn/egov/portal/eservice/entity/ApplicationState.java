package vn.egov.portal.eservice.entity;

import static vn.egov.portal.eservice.entity.ApplicationMove.COMPLETE;
import static vn.egov.portal.eservice.entity.ApplicationMove.MARK_RESULT_READY;
import static vn.egov.portal.eservice.entity.ApplicationMove.RECEIVE;
import static vn.egov.portal.eservice.entity.ApplicationMove.REFUSE;
import static vn.egov.portal.eservice.entity.ApplicationMove.REJECT;
import static vn.egov.portal.eservice.entity.ApplicationMove.REQUEST_SUPPLEMENT;
import static vn.egov.portal.eservice.entity.ApplicationMove.START_PROCESSING;
import static vn.egov.portal.eservice.entity.ApplicationMove.SUPPLEMENT;
import static vn.egov.portal.eservice.entity.ApplicationMove.WITHDRAW;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a dossier stands, and the one table of which move leads where. Submitted dossiers are
 * received or refused at intake; a received one is processed, may wait for a supplement (the clock
 * stops) and ends with a result that is handed over; an official rejects it at any open stage and the
 * applicant may withdraw it until the result is ready.
 */
public enum ApplicationState {
    SUBMITTED,
    RECEIVED,
    PROCESSING,
    NEEDS_SUPPLEMENT,
    RESULT_READY,
    COMPLETED,
    REFUSED,
    REJECTED,
    WITHDRAWN;

    private static final Map<ApplicationState, Map<ApplicationMove, ApplicationState>> NEXT =
            new EnumMap<>(ApplicationState.class);

    static {
        for (ApplicationState state : values()) {
            NEXT.put(state, new EnumMap<>(ApplicationMove.class));
        }
        NEXT.get(SUBMITTED).put(RECEIVE, RECEIVED);
        NEXT.get(SUBMITTED).put(REFUSE, REFUSED);
        NEXT.get(RECEIVED).put(START_PROCESSING, PROCESSING);
        NEXT.get(PROCESSING).put(REQUEST_SUPPLEMENT, NEEDS_SUPPLEMENT);
        NEXT.get(NEEDS_SUPPLEMENT).put(SUPPLEMENT, PROCESSING);
        NEXT.get(PROCESSING).put(MARK_RESULT_READY, RESULT_READY);
        NEXT.get(RESULT_READY).put(COMPLETE, COMPLETED);
        for (ApplicationState open : new ApplicationState[] {RECEIVED, PROCESSING, NEEDS_SUPPLEMENT}) {
            NEXT.get(open).put(REJECT, REJECTED);
        }
        for (ApplicationState open : new ApplicationState[] {SUBMITTED, RECEIVED, PROCESSING, NEEDS_SUPPLEMENT}) {
            NEXT.get(open).put(WITHDRAW, WITHDRAWN);
        }
    }

    /** The state {@code move} leads to from here; empty when the move is not allowed here. */
    public Optional<ApplicationState> after(ApplicationMove move) {
        return Optional.ofNullable(NEXT.get(this).get(move));
    }

    /** Still with the agency: the dossier can move on. */
    public boolean isOpen() {
        return !NEXT.get(this).isEmpty() && this != RESULT_READY;
    }

    /** The processing clock runs (it stops while a supplement is awaited and once a result is ready). */
    public boolean clockRuns() {
        return this == RECEIVED || this == PROCESSING;
    }

    /** No move leads anywhere from here. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
