package vn.egov.portal.platform.i18n.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Switches the console between Vietnamese and English for the rest of the session. */
@Named
@RequestScoped
public class ConsoleLanguage {

    @Inject
    FacesContext faces;

    @Inject
    PortalLocale locale;

    public void toggle() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getSessionMap().put(PortalLocale.LANGUAGE_ATTRIBUTE, locale.isEnglish() ? "vi" : "en");
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(request.getRequestURI());
    }
}
