package vn.egov.portal.eservice.entity;

/** A move the dossier's current state does not allow; the boundary answers it with a 409 naming the state. */
public class WrongStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApplicationState state;

    public WrongStateException(ApplicationState state, ApplicationMove move) {
        this(state, move + " is not allowed in state " + state);
    }

    private WrongStateException(ApplicationState state, String message) {
        super(message);
        this.state = state;
    }

    /** A letter of apology is for a dossier with the agency past its due date. */
    public static WrongStateException notLate(ApplicationState state) {
        return new WrongStateException(
                state, "A dossier in state " + state + " within its time limit needs no apology");
    }

    /** Only a completed dossier is rated. */
    public static WrongStateException notRateable(ApplicationState state) {
        return new WrongStateException(state, "A dossier in state " + state + " cannot be rated");
    }

    public ApplicationState state() {
        return state;
    }
}
