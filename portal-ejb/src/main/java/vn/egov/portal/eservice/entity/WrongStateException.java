package vn.egov.portal.eservice.entity;

/** A move the dossier's current state does not allow; the boundary answers it with a 409 naming the state. */
public class WrongStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApplicationState state;

    public WrongStateException(ApplicationState state, ApplicationMove move) {
        super(move + " is not allowed in state " + state);
        this.state = state;
    }

    public ApplicationState state() {
        return state;
    }
}
