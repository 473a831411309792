package vn.egov.portal.platform.address.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The routing filters forward /en/... and /{sub-portal}/... to the page inside. A forward skips the
 * web.xml security constraints, which judge only the address the browser asked for, and reaches
 * what no request can (/WEB-INF/web.xml). So no forward may land in the console or the archive's
 * private folders: mapped in web.xml on FORWARD dispatches to /admin/*, /WEB-INF/* and /META-INF/*,
 * after the container has decoded and normalised the path (/en//WEB-INF, /en/./admin), this answers
 * 404. The console is reached only by its own address, where the constraints apply.
 */
@WebFilter(filterName = "PrivateForwardGuard")
public class PrivateForwardGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
