package vn.egov.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import vn.egov.portal.privacy.control.PersonalDataKey;
import vn.egov.portal.security.control.PlaceAttempts;

/**
 * Where log-in attempts come from, as keyed digests (an address is personal data; its digest
 * opens nothing), and the failures of each place against each account. The failures live in this
 * node's memory, like the other rate limits; the familiar places of an account are in the database.
 */
@ApplicationScoped
public class LoginPlaces {

    private static final int PAIRS_KEPT = 50_000;

    private final PlaceAttempts attempts = new PlaceAttempts(PAIRS_KEPT);

    /** The digest that stands for a client address; no address at all counts as one place. */
    public String digest(String clientAddress) {
        return PersonalDataKey.cipher().digest("login-place:" + (clientAddress == null ? "" : clientAddress));
    }

    boolean isLocked(String place, String username, Instant now) {
        return attempts.isLocked(pair(place, username), now);
    }

    Optional<Instant> failed(String place, String username, Instant now) {
        return attempts.failed(pair(place, username), now);
    }

    void succeeded(String place, String username) {
        attempts.succeeded(pair(place, username));
    }

    private static String pair(String place, String username) {
        return place + ' ' + username;
    }
}
