package vn.egov.portal.platform.i18n.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.egov.portal.platform.address.web.PrivateForwardGuard;

/**
 * Serves /en/... as the English rendering of the same page: the prefix is taken off, the language
 * noted, and the request forwarded. Pages need no second copy per language. The console is not a
 * public page: /en/admin/... is sent to its own address ({@link PrivateForwardGuard} stops every
 * other way in). Mapped in web.xml (order).
 */
@WebFilter(filterName = "LanguagePrefixFilter")
public class LanguagePrefixFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ORIGINAL_PATH_ATTRIBUTE = "vn.egov.portal.originalPath";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String inside = request.getRequestURI()
                .substring(request.getContextPath().length() + PortalLocale.ENGLISH_PREFIX.length());
        if (inside.isEmpty()) {
            response.sendRedirect(request.getContextPath() + PortalLocale.ENGLISH_PREFIX + "/");
            return;
        }
        if (inside.equals("/admin") || inside.startsWith("/admin/")) {
            // The console keeps its language in the session and has one address; never forwarded.
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + inside + (query == null ? "" : "?" + query));
            return;
        }
        String target = inside.endsWith("/") ? inside + "index.xhtml" : inside;
        request.setAttribute(PortalLocale.LANGUAGE_ATTRIBUTE, "en");
        request.setAttribute(ORIGINAL_PATH_ATTRIBUTE, inside);
        request.getRequestDispatcher(target).forward(request, response);
    }
}
