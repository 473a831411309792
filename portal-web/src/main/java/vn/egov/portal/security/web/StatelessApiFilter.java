package vn.egov.portal.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * API calls with HTTP Basic credentials authenticate anew each time; the session that the
 * container opens for them on the way is dropped at the end, so machine traffic leaves no sessions
 * behind in memory.
 */
@WebFilter(filterName = "StatelessApiFilter", urlPatterns = "/api/*")
public class StatelessApiFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null
                    && session.isNew()
                    && PortalAuthenticationMechanism.basicCredential(request).isPresent()) {
                session.invalidate();
            }
        }
    }
}
