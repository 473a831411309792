package vn.egov.portal.security.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A ceiling on sessions that belong to nobody. The portal opens none for visitors, but a page that
 * keeps state by mistake, or whatever comes next, must not let a stranger fill the heap with
 * sessions: a session without a log-in lives five minutes idle, and beyond
 * {@code portal.session.anonymous-max} of them (default 2,000) the oldest are ended. A log-in turns
 * the session into an official's, with the web.xml timeout, and takes it out of the count.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener, HttpSessionAttributeListener, HttpSessionIdListener {

    public static final String MAX = "portal.session.anonymous-max";
    private static final int DEFAULT_MAX = 2_000;
    private static final int IDLE_SECONDS = 300;

    private final SessionBudget budget = new SessionBudget();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(IDLE_SECONDS);
        budget.admit(session.getId(), () -> end(session), max()).forEach(Runnable::run);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        budget.forget(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        budget.rename(oldSessionId, event.getSession().getId());
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (OfficialSession.ATTRIBUTE.equals(event.getName())) {
            HttpSession session = event.getSession();
            budget.forget(session.getId());
            session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        attributeAdded(event);
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // Ended in the meantime: nothing to do.
        }
    }

    private static int max() {
        return ConfigProvider.getConfig()
                .getOptionalValue(MAX, Integer.class)
                .filter(max -> max > 0)
                .orElse(DEFAULT_MAX);
    }
}
