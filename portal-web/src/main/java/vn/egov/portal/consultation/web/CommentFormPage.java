package vn.egov.portal.consultation.web;

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
import vn.egov.portal.consultation.boundary.CommentForm;
import vn.egov.portal.consultation.boundary.CommentIntake;
import vn.egov.portal.consultation.boundary.ConsultationSettings;
import vn.egov.portal.consultation.boundary.NotOpenException;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.consultation.entity.PartKind;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.media.web.PostedFile;
import vn.egov.portal.platform.address.web.MultipartPost;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.qa.boundary.Upload;
import vn.egov.portal.site.web.PortalView;

/**
 * The comment form on a consultation page: on the whole draft or on the part the reader picks. A
 * refused comment keeps what was typed and says next to each field what is wrong; an accepted one is
 * acknowledged with its number, and the form makes way for the thanks.
 */
@Named
@RequestScoped
public class CommentFormPage {

    /** A part the reader may comment on, as the choice list shows it ("Điều 3. Mức thu"). */
    public record PartChoice(int position, String label) {}

    @Inject
    CommentIntake intake;

    @Inject
    ConsultationSettings settings;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clients;

    @Inject
    PortalView portal;

    @Inject
    PortalLocale locale;

    private String partPosition;
    private String body;
    private String name;
    private String email;
    private String organisation;
    private boolean showName;
    private boolean consent;
    private String challenge;
    private String nonce;
    private Part attachment;
    private Long receivedId;

    public void submit(Consultation consultation) throws IOException {
        try {
            CommentForm form = new CommentForm(
                    position(), body, name, email, organisation, showName, consent ? settings.consentVersion() : null);
            receivedId = intake.submit(
                    consultation.getId(),
                    form,
                    new Proof(challenge, nonce),
                    clients.of(request),
                    PostedFile.of(attachment, settings.maxAttachmentBytes())
                            .map(file -> new Upload(file.fileName(), file.size(), file.content()))
                            .orElse(null),
                    portal.absoluteAddress(""));
        } catch (InvalidInputException invalid) {
            refused("consultation.form.errors");
            FacesFeedback.show(invalid, "comment");
        } catch (RateLimitedException limited) {
            refused("consultation.error.rateLimited");
        } catch (NotOpenException closed) {
            refused("consultation.form.closed");
        }
    }

    private void refused(String key) {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text(key), null));
        FacesContext.getCurrentInstance().validationFailed();
        nonce = null;
    }

    /** Where the form posts, since it carries a file: the page's own view ({@link MultipartPost} says why). */
    public String postAddress(Consultation consultation) {
        return MultipartPost.address(locale.link("/lay-y-kien/consultation.xhtml"), "slug", consultation.getSlug());
    }

    /** A position the page did not offer is passed on as it is, to be refused on its field. */
    private Integer position() {
        if (partPosition == null || partPosition.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(partPosition.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** Chapters, sections, articles and clauses; a clause names its article ("Khoản 2, Điều 5"). */
    public List<PartChoice> choices(Consultation consultation) {
        List<PartChoice> choices = new ArrayList<>();
        String article = "";
        for (DraftPart part : consultation.getParts()) {
            if (part.getKind() == PartKind.WHOLE) {
                continue;
            }
            String kind =
                    FacesFeedback.text("consultation.kind." + part.getKind().name());
            if (part.getKind() == PartKind.ARTICLE) {
                article = kind + " " + part.getNumber();
            }
            String label = part.getKind() == PartKind.CLAUSE
                    ? FacesFeedback.text("consultation.form.clauseOf", part.getNumber(), article)
                    : kind + " " + part.getNumber() + (part.getHeading().isEmpty() ? "" : ". " + part.getHeading());
            choices.add(new PartChoice(part.getPosition(), label));
        }
        return choices;
    }

    /** Whether the portal asks for this particular (name, email, organisation) on every comment. */
    public boolean required(String particular) {
        return settings.requiredParticulars().contains(particular)
                || ("email".equals(particular) && settings.confirmEmail());
    }

    /** The comment counts only once the commenter follows the link mailed to them. */
    public boolean isConfirmEmail() {
        return settings.confirmEmail();
    }

    public String getConsentVersion() {
        return settings.consentVersion();
    }

    /** Comments wait for the lead agency before they are shown, or are shown at once. */
    public boolean isModeratedFirst() {
        return settings.moderation() == ConsultationSettings.Moderation.BEFORE;
    }

    public boolean isReceived() {
        return receivedId != null;
    }

    public Long getReceivedId() {
        return receivedId;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }

    public String getPartPosition() {
        return partPosition;
    }

    public void setPartPosition(String partPosition) {
        this.partPosition = partPosition;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public boolean isShowName() {
        return showName;
    }

    public void setShowName(boolean showName) {
        this.showName = showName;
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
}
