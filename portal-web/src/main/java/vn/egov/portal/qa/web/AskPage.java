package vn.egov.portal.qa.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.media.web.PostedFile;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.qa.boundary.QaSettings;
import vn.egov.portal.qa.boundary.QuestionIntake;
import vn.egov.portal.qa.boundary.Receipt;
import vn.egov.portal.qa.boundary.RoutingTable;
import vn.egov.portal.qa.boundary.Upload;
import vn.egov.portal.qa.control.QuestionForm;
import vn.egov.portal.qa.entity.QaField;

/**
 * The public question form (/hoi-dap/dat-cau-hoi.xhtml). The asker first picks organisation or
 * individual (?loai=to-chuc or ca-nhan), then sees exactly the particulars of Article 9.2 for that
 * kind. A failed submission shows every problem next to its field and keeps what was typed.
 */
@Named
@RequestScoped
public class AskPage {

    public static final String ORGANISATION = "to-chuc";
    public static final String INDIVIDUAL = "ca-nhan";

    @Inject
    QuestionIntake intake;

    @Inject
    RoutingTable routing;

    @Inject
    QaSettings settings;

    @Inject
    PortalLocale locale;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clients;

    private final AskForm form = new AskForm();
    private String challenge;
    private String nonce;
    private Receipt receipt;
    private List<Part> files = new ArrayList<>();
    private List<QaField> fields;

    @PostConstruct
    void init() {
        String kind = request.getParameter("loai");
        if (kind != null) {
            form.setKind(kind);
        }
    }

    public void submit() throws IOException {
        try {
            QuestionForm filled = form.toForm(settings.consentVersion(), Language.of(locale.getLocale()));
            receipt = intake.submit(filled, new Proof(challenge, nonce), clients.of(request), uploads());
        } catch (InvalidInputException invalid) {
            Messages.addGlobal(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text("qa.ask.errors"), null));
            FacesFeedback.show(invalid, "ask");
            nonce = null;
        } catch (RateLimitedException limited) {
            Messages.addGlobal(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text("qa.error.rateLimited"), null));
            FacesContext.getCurrentInstance().validationFailed();
            nonce = null;
        }
    }

    /** The chosen files; one over the size limit is passed on unread, to be refused by its rule. */
    private List<Upload> uploads() throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (Part part : files) {
            PostedFile.of(part, settings.maxAttachmentBytes())
                    .map(file -> new Upload(file.fileName(), file.size(), file.content()))
                    .ifPresent(uploads::add);
        }
        return uploads;
    }

    public String getAttachmentsHint() {
        return PortalMessages.get(
                locale.getLocale(),
                "qa.hint.attachments",
                settings.maxAttachments(),
                settings.maxAttachmentBytes() / (1024 * 1024));
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    public boolean isChosen() {
        return form.getPersonKind() != null;
    }

    public boolean isOrganisation() {
        return form.getPersonKind() == PersonKind.ORGANISATION;
    }

    public List<QaField> getFields() {
        if (fields == null) {
            fields = routing.listFields();
        }
        return fields;
    }

    public String getConsentText() {
        return settings.consentText().in(locale.getLocale());
    }

    public AskForm getForm() {
        return form;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public String getNonce() {
        return nonce;
    }

    public void setNonce(String nonce) {
        this.nonce = nonce;
    }
}
