package vn.egov.portal.platform.error.boundary;

import jakarta.ejb.ApplicationException;

/** Nobody is logged in where an account is needed (REST 401 with a Basic challenge). */
@ApplicationException(rollback = true)
public class NotAuthenticatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("Not logged in");
    }
}
