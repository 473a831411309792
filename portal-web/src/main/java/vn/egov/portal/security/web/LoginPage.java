package vn.egov.portal.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Messages;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * The log-in form. Every failure gets the same words, so the form does not reveal which accounts
 * exist. The view is stateless (login.xhtml): showing the form, and failing, keep nothing on the
 * server. Without a view state to check, a post another site made the browser send is refused.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ClientAddress clients;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            failed();
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .newAuthentication(true)
                        .credential(new PlacedCredential(username, new Password(password), clients.of(request))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/admin/index.xhtml");
            default -> failed();
        }
    }

    private static void failed() {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text("login.failed"), null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
