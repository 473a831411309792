package vn.egov.portal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one log line of a refused request: status, method, path, who and why. Never a stack trace, never
 * a query string or a submitted value, and no line breaks a forged request could smuggle in.
 */
final class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());
    private static final int LONGEST_REASON = 200;

    private RefusalLog() {}

    static void log(HttpServletRequest request, Refusal refusal, String reason) {
        Level level = refusal == Refusal.FORBIDDEN ? Level.WARNING : Level.INFO;
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
