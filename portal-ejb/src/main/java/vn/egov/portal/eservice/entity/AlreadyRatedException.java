package vn.egov.portal.eservice.entity;

import java.time.Instant;

/** A dossier is rated once: the second rating is refused (a 409 at the boundary). */
public class AlreadyRatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlreadyRatedException(Instant ratedAt) {
        super("Already rated at " + ratedAt);
    }
}
