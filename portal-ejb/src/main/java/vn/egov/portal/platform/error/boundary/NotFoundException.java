package vn.egov.portal.platform.error.boundary;

import jakarta.ejb.ApplicationException;

/** A looked-up record does not exist; REST answers 404, pages show "not found". */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object key) {
        super(what + " not found: " + key);
    }
}
