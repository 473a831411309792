package vn.egov.portal.platform.error.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The EJB container logs two warnings for every call a role does not allow: a line naming the
 * bean ("A system exception occurred...", AS-EJB-00056) and the refusal with a full stack trace.
 * Anyone can make such calls (an anonymous request to an officials' operation), so they would fill
 * the log at the caller's will; the caller already gets 401 or 403. Both are dropped. The naming
 * line is dropped for other system exceptions too: the exception itself is still logged, once, by
 * the container and by whoever answers the caller (the API's incident, the pages' error handler).
 */
@ApplicationScoped
public class QuietRefusals {

    /** Held here: a logger nobody references may be collected, and its filter with it. */
    private static final Logger EJB_CONTAINER = Logger.getLogger("jakarta.enterprise.ejb.container");

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        EJB_CONTAINER.setFilter(QuietRefusals::isLoggable);
    }

    static boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        if (message != null
                && (message.startsWith("AS-EJB-00056") || message.startsWith("A system exception occurred"))) {
            return false;
        }
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessLocalException || cause instanceof EJBAccessException) {
                return false;
            }
        }
        return true;
    }
}
