package vn.egov.portal.media.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.texteditor.TextEditorRenderer;
import vn.egov.portal.media.control.RichText;

/**
 * Every rich-text editor of the console, sanitised by the portal's one policy ({@link RichText}) as
 * soon as its text arrives. The boundaries sanitise what they store, but a form that fails to save
 * shows the typed text again: unsanitised, a submitted {@code <img onerror>} would run in the
 * official's browser. Installed for all PrimeFaces text editors in faces-config.xml, so no page can
 * forget it.
 */
public class SanitisingTextEditorRenderer extends TextEditorRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        EditableValueHolder editor = (EditableValueHolder) component;
        if (editor.getSubmittedValue() instanceof String typed) {
            editor.setSubmittedValue(RichText.sanitize(typed));
        }
    }
}
