package vn.egov.portal.eservice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import vn.egov.portal.eservice.boundary.ApplicationIntake;
import vn.egov.portal.eservice.boundary.DossierStatus;
import vn.egov.portal.eservice.boundary.EserviceSettings;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.control.ComponentUpload;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.ServiceRating;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.media.web.PostedFile;
import vn.egov.portal.platform.document.web.DocumentDownload;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * Following a dossier by its code (/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml): the state, the dates,
 * the due date and the agency, never the applicant. With the receipt's secret the applicant also
 * sees what the agency asked to supplement and may act on the dossier: send the supplement (files
 * checked by content, the clock resumes), withdraw it while it is open, rate the service once it is
 * completed, download the receipt as a PDF. Code and secret are posted in the one form, so they stay out of addresses, histories
 * and logs; each refusal is said next to its field. The public views are stateless: an action's post
 * finds the dossier again first ({@link #findAgainForAnAction}), so its fields are there to decode.
 */
@Named
@ViewScoped
public class DossierTrackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "track";

    @Inject
    ApplicationIntake intake;

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    EserviceSettings settings;

    @Inject
    ClientAddress clients;

    private String code;
    private String secret;
    private DossierStatus status;
    private Integer component;
    private transient List<Part> files = new ArrayList<>();
    private String note;
    private String reason;
    private String rating;
    private String comment;

    /** The actions drawn only for the dossier found, by their buttons' ids. */
    private static final List<String> DOSSIER_ACTIONS = List.of("supplement", "rate", "withdraw");

    /**
     * Public views are stateless, so this bean lives for one request: on the post of an action drawn
     * only for the dossier found (supplement, rating, withdrawal), the dossier is found again from the
     * posted code and secret before the post is decoded; otherwise its fields and button would not be
     * in the tree and the post would do nothing. The action itself checks the secret again.
     */
    @PostConstruct
    void findAgainForAnAction() {
        Map<String, String> posted =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (DOSSIER_ACTIONS.stream().anyMatch(action -> posted.containsKey(FORM + ":" + action))) {
            code = posted.get(FORM + ":code");
            secret = posted.get(FORM + ":secret");
            reload();
        }
    }

    public void lookup() {
        act(() -> intake.status(code, secret, clients.of(request())), null);
    }

    public void supplement() {
        act(
                () -> intake.supplement(code, secret, note, uploads(), clients.of(request())),
                "eservice.track.supplemented");
    }

    public void withdraw() {
        act(() -> intake.withdraw(code, secret, reason, clients.of(request())), "eservice.track.withdrawn");
    }

    public void rate() {
        act(() -> intake.rate(code, secret, ratingValue(), comment, clients.of(request())), "eservice.track.rated");
    }

    /** The receipt as a PDF, sent instead of the page; a refusal is said on the page as for the other actions. */
    public void downloadReceipt() throws IOException {
        try {
            DocumentDownload.send(
                    FacesContext.getCurrentInstance(), intake.receipt(code, secret, clients.of(request())));
        } catch (NotFoundException unknown) {
            status = null;
            refuse("eservice.track.notFound");
        } catch (RateLimitedException tooMany) {
            refuse("eservice.error.rateLimited.lookup");
        }
    }

    private interface Action {
        DossierStatus run() throws IOException;
    }

    /** One action on the dossier; afterwards the page shows where it stands (the refusal too). */
    private void act(Action action, String doneKey) {
        try {
            status = action.run();
            if (doneKey != null) {
                FacesFeedback.note(doneKey);
            }
            return;
        } catch (NotFoundException unknown) {
            refuse("eservice.track.notFound");
            return;
        } catch (RateLimitedException tooMany) {
            refuse("eservice.error.rateLimited.lookup");
            return;
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, FORM);
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (IOException unreadable) {
            Messages.add(
                    FORM + ":files",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, FacesFeedback.text("eservice.error.files.size"), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
        reload();
    }

    /** After a refused action the status is still shown, read again with the same code and secret. */
    private void reload() {
        try {
            status = intake.status(code, secret, clients.of(request()));
        } catch (NotFoundException | RateLimitedException gone) {
            status = null;
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static void refuse(String messageKey) {
        Messages.add(
                FORM + ":code", new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text(messageKey), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The chosen files for the chosen component; one over the size limit is passed on unread, to be refused. */
    private List<ComponentUpload> uploads() throws IOException {
        List<ComponentUpload> uploads = new ArrayList<>();
        int number = component == null ? 0 : component;
        for (Part part : getFiles()) {
            PostedFile.of(part, settings.maxFileBytes())
                    .map(file -> new ComponentUpload(number, file.fileName(), file.size(), file.content()))
                    .ifPresent(uploads::add);
        }
        return uploads;
    }

    private ServiceRating ratingValue() {
        for (ServiceRating value : ServiceRating.values()) {
            if (value.name().equals(rating)) {
                return value;
            }
        }
        return null;
    }

    /** The secret was given and opened the dossier: the applicant's actions are offered. */
    public boolean isApplicant() {
        return status != null && secret != null && !secret.isBlank();
    }

    public boolean isSupplementAwaited() {
        return isApplicant() && status.state() == ApplicationState.NEEDS_SUPPLEMENT;
    }

    public boolean isWithdrawable() {
        return isApplicant() && status.state().after(ApplicationMove.WITHDRAW).isPresent();
    }

    public boolean isRateable() {
        return isApplicant() && status.state() == ApplicationState.COMPLETED && !status.rated();
    }

    /** The procedure's components, numbered from 1 as the supplement names them. */
    public List<Choice> getComponents() {
        if (status == null) {
            return List.of();
        }
        List<DossierComponent> components =
                catalogue.byCode(status.procedureCode()).getComponents();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            choices.add(new Choice(i + 1, components.get(i).getName()));
        }
        return choices;
    }

    public List<ServiceRating> getRatings() {
        return List.of(ServiceRating.values());
    }

    /** A component as the select offers it. */
    public record Choice(int number, String name) {}

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

    public Integer getComponent() {
        return component;
    }

    public void setComponent(Integer component) {
        this.component = component;
    }

    public List<Part> getFiles() {
        return files == null ? new ArrayList<>() : files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
