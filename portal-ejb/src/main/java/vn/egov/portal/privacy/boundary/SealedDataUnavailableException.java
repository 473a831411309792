package vn.egov.portal.privacy.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Optional;
import vn.egov.portal.platform.error.boundary.UnavailableException;

/**
 * The personal-data key is missing or is not the one that sealed the stored data, so nothing sealed
 * can be opened or written (REST 503; /health is DOWN). The message names the cause, never a key.
 */
@ApplicationException(rollback = true)
public class SealedDataUnavailableException extends UnavailableException {

    private static final long serialVersionUID = 1L;

    public SealedDataUnavailableException(String reason) {
        super(reason);
    }

    @Override
    public String publicDetail() {
        return "Personal data cannot be opened on this server now; the operators have been told";
    }

    /** The refusal behind a failure, however JPA or the EJB container wrapped it on the way out. */
    public static Optional<SealedDataUnavailableException> causing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SealedDataUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
        }
        return Optional.empty();
    }
}
