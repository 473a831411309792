package vn.egov.portal.platform.error.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one log line of a refused request: status, method, path, who and why. Never a stack trace, never
 * a query string or a submitted value, and no line breaks a forged request could smuggle in.
 */
public final class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());
    private static final int LONGEST_REASON = 200;

    /**
     * The reason of the last 503 logged. While the personal-data key is refused every page that opens
     * sealed data is refused for the same reason, which the key guard has already logged as SEVERE at
     * start: the first such page says so once, the next ones only at FINE, until the reason changes.
     */
    private static final AtomicReference<String> UNAVAILABLE_REASON = new AtomicReference<>();

    private RefusalLog() {}

    public static void log(HttpServletRequest request, Refusal refusal, String reason) {
        Level level = levelOf(refusal, reason);
        if (!LOG.isLoggable(level)) {
            return;
        }
        String caller = request.getUserPrincipal() == null
                ? "anonymous"
                : request.getUserPrincipal().getName();
        String why = reason.length() > LONGEST_REASON ? reason.substring(0, LONGEST_REASON) + "…" : reason;
        LOG.log(level, "Refused {0} {1} {2} for {3}: {4}", new Object[] {
            String.valueOf(refusal.status()),
            request.getMethod(),
            oneLine(request.getRequestURI()),
            oneLine(caller),
            oneLine(why)
        });
    }

    private static Level levelOf(Refusal refusal, String reason) {
        return switch (refusal) {
            case FORBIDDEN -> Level.WARNING;
            case UNAVAILABLE -> reason.equals(UNAVAILABLE_REASON.getAndSet(reason)) ? Level.FINE : Level.WARNING;
            default -> Level.INFO;
        };
    }

    static void log(HttpServletRequest request, Refusal refusal, Throwable cause) {
        log(
                request,
                refusal,
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
