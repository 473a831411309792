package vn.egov.portal.eservice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import vn.egov.portal.eservice.boundary.ApplicationIntake;
import vn.egov.portal.eservice.boundary.DossierReceipt;
import vn.egov.portal.eservice.boundary.EserviceSettings;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.control.ApplicationForm;
import vn.egov.portal.eservice.control.ComponentUpload;
import vn.egov.portal.eservice.entity.DossierComponent;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.media.web.PostedFile;
import vn.egov.portal.platform.address.web.MultipartPost;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.entity.PersonKind;

/**
 * The public application form for one procedure ({@link ApplyPaths}): the applicant chooses
 * individual or organisation, then gives exactly that kind's particulars (the include the question
 * form uses), one file per dossier component, the declaration and the consent, and solves the
 * challenge. What was typed stays on a refusal, each problem by its field and each missing component
 * by its file input. On success the same response shows the receipt, with the secret this once:
 * nothing of it goes into an address. Works without JavaScript except the challenge, as the question
 * form does.
 */
@Named
@RequestScoped
public class ApplyPage {

    static final String COMPONENT_INPUT = "component-";

    @Inject
    ApplicationIntake intake;

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    EserviceSettings settings;

    @Inject
    PortalLocale locale;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clients;

    private final Particulars particulars = new Particulars();
    private String code;
    private Procedure procedure;
    private boolean declaration;
    private boolean consent;
    private String challenge;
    private String nonce;
    private DossierReceipt receipt;
    private final Map<Integer, String> componentErrors = new LinkedHashMap<>();

    /** The procedure and the kind come from the readable address, forwarded ({@link ApplyPaths}). */
    @PostConstruct
    void init() {
        Map<String, String> forwarded =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        code = forwarded.get("code");
        String kind = forwarded.get("kind");
        if (ApplyPaths.ORGANISATION.equals(kind)) {
            particulars.setKind(PersonKind.ORGANISATION);
        } else if (ApplyPaths.INDIVIDUAL.equals(kind)) {
            particulars.setKind(PersonKind.INDIVIDUAL);
        }
    }

    /** The procedure, before anything is drawn: an unknown code is the 404 page. */
    public void load() {
        getProcedure();
    }

    public void submit() throws IOException, ServletException {
        try {
            ApplicationForm form = new ApplicationForm(
                    code,
                    particulars,
                    declaration,
                    consent,
                    consent ? settings.consentVersion() : null,
                    locale.getLocale().getLanguage());
            receipt = intake.submit(form, new Proof(challenge, nonce), clients.of(request), uploads());
        } catch (InvalidInputException invalid) {
            Map<String, String> others = new LinkedHashMap<>();
            invalid.fieldErrors().forEach((field, key) -> {
                if (field.startsWith("components.")) {
                    componentErrors.put(Integer.valueOf(field.substring("components.".length())), key);
                } else {
                    others.put(field, key);
                }
            });
            Messages.addGlobal(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text("eservice.apply.errors"), null));
            FacesFeedback.show(new InvalidInputException(others), "apply");
            nonce = null;
        } catch (RateLimitedException limited) {
            Messages.addGlobal(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, FacesFeedback.text("eservice.error.rateLimited"), null));
            FacesContext.getCurrentInstance().validationFailed();
            nonce = null;
        }
    }

    /** One file per component input; one over the size limit is passed on unread, to be refused by its rule. */
    private List<ComponentUpload> uploads() throws IOException, ServletException {
        List<ComponentUpload> uploads = new ArrayList<>();
        for (int number = 1; number <= getProcedure().getComponents().size(); number++) {
            int component = number;
            PostedFile.of(request.getPart(COMPONENT_INPUT + number), settings.maxFileBytes())
                    .map(file -> new ComponentUpload(component, file.fileName(), file.size(), file.content()))
                    .ifPresent(uploads::add);
        }
        return uploads;
    }

    /** A dossier component with its number (from 1), whether it must come and what was wrong with it. */
    public record ComponentRow(int number, DossierComponent component, String error) {
        public String input() {
            return COMPONENT_INPUT + number;
        }
    }

    public List<ComponentRow> getComponents() {
        List<DossierComponent> components = getProcedure().getComponents();
        List<ComponentRow> rows = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            String error = componentErrors.get(i + 1);
            rows.add(new ComponentRow(i + 1, components.get(i), error == null ? null : FacesFeedback.text(error)));
        }
        return rows;
    }

    public Procedure getProcedure() {
        if (procedure == null) {
            procedure = catalogue.byCode(code);
        }
        return procedure;
    }

    /** The addresses of the two kinds' forms, and of the choice. */
    public String kindAddress(String kind) {
        return locale.link(ApplyPaths.of(getProcedure().getCode(), kind));
    }

    public String getIndividualAddress() {
        return kindAddress(ApplyPaths.INDIVIDUAL);
    }

    public String getOrganisationAddress() {
        return kindAddress(ApplyPaths.ORGANISATION);
    }

    public String getChoiceAddress() {
        return kindAddress(null);
    }

    /** Where the form posts: the page's own file address ({@link MultipartPost} says why). */
    public String getPostAddress() {
        return MultipartPost.address(
                locale.link("/thu-tuc-hanh-chinh/nop-ho-so.xhtml"),
                "code",
                getProcedure().getCode(),
                "kind",
                isOrganisation() ? ApplyPaths.ORGANISATION : ApplyPaths.INDIVIDUAL);
    }

    public boolean isChosen() {
        return particulars.getKind() != null;
    }

    public boolean isOrganisation() {
        return particulars.getKind() == PersonKind.ORGANISATION;
    }

    public String getFilesHint() {
        return PortalMessages.get(
                locale.getLocale(), "eservice.apply.filesHint", settings.maxFiles(), settings.maxFileBytes() >> 20);
    }

    public Particulars getParticulars() {
        return particulars;
    }

    public boolean isDeclaration() {
        return declaration;
    }

    public void setDeclaration(boolean declaration) {
        this.declaration = declaration;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
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

    public DossierReceipt getReceipt() {
        return receipt;
    }
}
