package vn.egov.portal.platform.chrome.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The PrimeFaces theme per request (web.xml names this bean): the console's theme in the console,
 * "none" on public pages, which carry their own small stylesheet and no console library.
 */
@Named
@RequestScoped
public class PortalTheme {

    @Inject
    HttpServletRequest request;

    public String getName() {
        return request.getRequestURI().startsWith(request.getContextPath() + "/admin/") ? "saga" : "none";
    }
}
