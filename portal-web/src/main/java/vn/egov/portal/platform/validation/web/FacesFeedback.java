package vn.egov.portal.platform.validation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.omnifaces.util.Messages;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * Turns the boundaries' business exceptions into messages next to the fields they concern. Field
 * names in the exception match the input ids in the form, so each message lands in the right place.
 */
public final class FacesFeedback {

    private FacesFeedback() {}

    public static void show(InvalidInputException invalid, String formId) {
        for (Map.Entry<String, String> error : invalid.fieldErrors().entrySet()) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text(error.getValue()), null);
            Optional<String> clientId = inputOf(formId, error.getKey());
            if (clientId.isPresent()) {
                Messages.add(clientId.get(), message);
            } else {
                Messages.addGlobal(message);
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * The form's input for a field: the field's own ("editor:title"); for a part of a field
     * ("authors[1].name", one line of the authors box) the input that holds the whole; for a field of
     * a value the form holds ("particulars.email") the input named after the field itself.
     */
    private static Optional<String> inputOf(String formId, String field) {
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        String whole = field.split("[\\[.]", 2)[0];
        String own = field.substring(field.lastIndexOf('.') + 1);
        return Stream.of(field, whole, own)
                .map(name -> formId + ":" + name)
                .filter(clientId -> view.findComponent(clientId) != null)
                .findFirst();
    }

    public static void show(ConflictException conflict) {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_ERROR, text(conflict.messageKey()), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A refusal of one move on a page the official may otherwise use: said at the top, why. */
    public static void show(AccessDeniedException denied) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        String why = denied.explanation()
                .map(phrase -> phrase.render(PortalMessages.bundle(locale), locale))
                .orElseGet(() -> text("error.forbidden"));
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
        faces.validationFailed();
    }

    /** Done, said on the page the official is sent to next (it survives the redirect). */
    public static void done(String key) {
        Messages.addFlashGlobal(new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** Done, said on this very page (an Ajax answer, where nothing is redirected). */
    public static void note(String key) {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return PortalMessages.get(faces.getViewRoot().getLocale(), key, arguments);
    }
}
