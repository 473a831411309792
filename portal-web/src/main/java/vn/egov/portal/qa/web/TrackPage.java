package vn.egov.portal.qa.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.qa.boundary.QaSettings;
import vn.egov.portal.qa.boundary.QuestionIntake;
import vn.egov.portal.qa.boundary.QuestionStatus;
import vn.egov.portal.qa.entity.RefusalReason;

/**
 * Following a question by its tracking code (/hoi-dap/tra-cuu.xhtml): the state, the dates and the
 * agency, never the asker nor the wording. The code is posted, not put in the address, so it stays
 * out of browser histories and logs.
 */
@Named
@RequestScoped
public class TrackPage {

    @Inject
    QuestionIntake intake;

    @Inject
    QaSettings settings;

    @Inject
    PortalLocale locale;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clients;

    private String code;
    private QuestionStatus status;
    private boolean erasureRequested;

    public void lookup() {
        try {
            status = intake.status(code, clientAddress());
        } catch (NotFoundException unknown) {
            refuse("qa.track.notFound");
        } catch (RateLimitedException tooMany) {
            refuse("qa.error.rateLimited.lookup");
        }
    }

    private static void refuse(String messageKey) {
        Messages.add("track:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text(messageKey), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private String clientAddress() {
        return clients.of(request);
    }

    /** The holder of the code asks for the asker's personal data to be erased. */
    public void requestErasure() {
        lookup();
        if (status == null) {
            return;
        }
        try {
            intake.requestErasure(code, clientAddress());
            erasureRequested = true;
        } catch (ConflictException erased) {
            FacesFeedback.show(erased);
        }
    }

    public boolean isErasureRequested() {
        return erasureRequested;
    }

    /** Where complaints go, shown when a question was refused as one. */
    public String getComplaintChannel() {
        return status != null && status.refusalReason() == RefusalReason.COMPLAINT_OR_DENUNCIATION
                ? settings.complaintChannel().in(locale.getLocale())
                : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public QuestionStatus getStatus() {
        return status;
    }
}
