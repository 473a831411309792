package vn.egov.portal.platform.request.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie flag that depends on the deployment: behind TLS set PORTAL_COOKIE_SECURE=true
 * so the cookie never travels in clear. HttpOnly is set in web.xml, SameSite in payara-web.xml.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("portal.cookie.secure", Boolean.class)
                .orElse(false);
        cookie.setSecure(secure);
    }
}
