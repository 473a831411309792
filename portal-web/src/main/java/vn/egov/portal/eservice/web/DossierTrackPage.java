package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;
import vn.egov.portal.eservice.boundary.ApplicationIntake;
import vn.egov.portal.eservice.boundary.DossierStatus;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * Following a dossier by its code (/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml): the state, the dates,
 * the due date and the agency, never the applicant; with the receipt's secret also what the agency
 * asked to supplement. Code and secret are posted, so they stay out of addresses, histories and logs.
 */
@Named
@RequestScoped
public class DossierTrackPage {

    @Inject
    ApplicationIntake intake;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clients;

    private String code;
    private String secret;
    private DossierStatus status;

    public void lookup() {
        try {
            status = intake.status(code, secret, clients.of(request));
        } catch (NotFoundException unknown) {
            refuse("eservice.track.notFound");
        } catch (RateLimitedException tooMany) {
            refuse("eservice.error.rateLimited.lookup");
        }
    }

    private static void refuse(String messageKey) {
        Messages.add("track:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text(messageKey), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public DossierStatus getStatus() {
        return status;
    }
}
