package vn.egov.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends the official's session and says so on the log-in page. */
@Named
@RequestScoped
public class LogoutAction {

    /** The log-in page's query parameter that makes it say the official logged out. */
    public static final String LOGGED_OUT = "loggedOut";

    @Inject
    FacesContext faces;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(
                external.getRequestContextPath() + PortalAuthenticationMechanism.LOGIN_PAGE + "?" + LOGGED_OUT);
    }
}
