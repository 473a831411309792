package vn.egov.portal.privacy.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The personal-data key is missing or is not the one that sealed the stored data, so nothing sealed
 * can be opened or written (REST 503; /health is DOWN). The message names the cause, never a key.
 */
@ApplicationException(rollback = true)
public class SealedDataUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SealedDataUnavailableException(String reason) {
        super(reason);
    }
}
