package vn.egov.portal.deadline.control;

/** An obligation record the monitor cannot judge (no unit, no dates); the job skips and reports it. */
public class InvalidObligationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long obligationId;

    public InvalidObligationException(long obligationId, String problem) {
        super("Obligation " + obligationId + ": " + problem);
        this.obligationId = obligationId;
    }

    public long obligationId() {
        return obligationId;
    }
}
