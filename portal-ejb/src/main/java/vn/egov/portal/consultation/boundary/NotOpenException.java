package vn.egov.portal.consultation.boundary;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/** A comment on a consultation that is not open (409): the answer names the period. */
@ApplicationException(rollback = true)
public class NotOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Instant opensAt;
    private final transient Instant closesAt;

    public NotOpenException(Instant opensAt, Instant closesAt) {
        super("The consultation takes comments from " + opensAt + " to " + closesAt);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }
}
