package vn.egov.portal.security.boundary;

import jakarta.ejb.ApplicationException;

/** The caller lacks the role, or the role's scope, for this record (REST 403). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
