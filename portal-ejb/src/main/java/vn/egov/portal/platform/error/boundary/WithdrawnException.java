package vn.egov.portal.platform.error.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A record that was public and has been withdrawn since (an unpublished article or answer): REST
 * answers 410, pages say it is no longer published. Unlike {@link NotFoundException} it tells
 * readers, search engines and caches that the address existed and will not come back by itself.
 */
@ApplicationException(rollback = true)
public class WithdrawnException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WithdrawnException(String what, Object key) {
        super(what + " withdrawn: " + key);
    }
}
