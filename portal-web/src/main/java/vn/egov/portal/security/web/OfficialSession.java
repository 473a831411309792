package vn.egov.portal.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An official's log-in as their HTTP session keeps it: who, and since when. The session holds no
 * roles: {@link PortalAuthenticationMechanism} reads the account again on every request, so a
 * disabled account, a removed role or a new password take effect at the very next request, and a
 * session ends {@code portal.session.max-lifetime} (default 12 hours) after the log-in however busy
 * it is. Idle sessions end after the web.xml session timeout.
 */
public final class OfficialSession {

    public static final String MAX_LIFETIME = "portal.session.max-lifetime";
    static final String ATTRIBUTE = "vn.egov.portal.official";
    private static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(12);
    private static final Logger LOG = Logger.getLogger(OfficialSession.class.getName());

    /** What the session keeps of a log-in. */
    record Login(String username, Instant loggedInAt) implements Serializable {}

    private OfficialSession() {}

    /**
     * Starts the official's session after a successful log-in. A session that was there before (an
     * anonymous one) gets a new id, so an id planted before the log-in is worth nothing after it.
     */
    static void begin(HttpServletRequest request, String username, Instant now) {
        HttpSession before = request.getSession(false);
        if (before != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, new Login(username, now));
    }

    /** After the official proved their password again (a password change): counts as a new log-in. */
    public static void renew(HttpServletRequest request, Instant now) {
        find(request).ifPresent(login -> begin(request, login.username(), now));
    }

    static Optional<Login> find(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((Login) session.getAttribute(ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    static boolean outlived(Login login, Instant now) {
        return !now.isBefore(login.loggedInAt().plus(maxLifetime()));
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // Ended by another request in the meantime: nothing left to do.
            }
        }
    }

    /** Read at each use (tests shorten it); a value that is not an ISO-8601 duration keeps the default. */
    private static Duration maxLifetime() {
        Optional<String> setting = ConfigProvider.getConfig().getOptionalValue(MAX_LIFETIME, String.class);
        try {
            return setting.map(Duration::parse).orElse(DEFAULT_MAX_LIFETIME);
        } catch (DateTimeParseException notADuration) {
            LOG.warning(() -> MAX_LIFETIME + " is not a duration such as PT12H; using " + DEFAULT_MAX_LIFETIME);
            return DEFAULT_MAX_LIFETIME;
        }
    }
}
