package vn.egov.portal.platform.validation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * Runs on every input of every form, public and console (a default validator, faces-config.xml):
 * text with a NUL, a control character, a text-direction override or half a surrogate pair is
 * refused next to its field, before any page bean or boundary sees it. The API has the same rule
 * in its body check.
 */
@FacesValidator(StorableTextValidator.ID)
public class StorableTextValidator implements Validator<Object> {

    public static final String ID = "portal.storableText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && !Text.isStorable(text)) {
            throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text(Text.UNSTORABLE), null));
        }
    }
}
