package vn.egov.portal.platform.console.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.egov.portal.platform.error.web.Refusal;
import vn.egov.portal.platform.error.web.RefusalLog;

/**
 * Refuses a console page to an official whose roles its menu entry is not for, before the page runs.
 * The menu already hides the entry; this answers the typed or bookmarked address with the console's
 * 403 page, which names the page and its roles. Without it the page's first call to a boundary would
 * be refused by the EJB container, which logs every such refusal with a stack trace. The boundaries
 * keep their own checks; this only spares them (and the log) a page the caller cannot use. Mapped
 * in web.xml, after the routing filters, on requests and forwards alike.
 */
public class ConsolePageGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleMenu menu;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getUserPrincipal() == null || menu.opens(page)) {
            chain.doFilter(request, response);
            return;
        }
        RefusalLog.log(request, Refusal.FORBIDDEN, "the page is for other roles");
        response.sendError(Refusal.FORBIDDEN.status());
    }
}
