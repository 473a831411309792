package vn.egov.portal.platform.error.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one log line of a 403 the container answers itself, for a page under a web.xml constraint
 * (admin/{feature}/ for other roles): no code of ours ran for it, so the error page's dispatch logs it,
 * unless a guard refused the request and logged it already.
 */
@WebFilter(filterName = "ContainerRefusals", urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ContainerRefusals extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(Refusal.FORBIDDEN.status()).equals(status) && !RefusalLog.isLogged(request)) {
            RefusalLog.log(request, Refusal.FORBIDDEN, "the page's constraint is for other roles");
        }
        chain.doFilter(request, response);
    }
}
