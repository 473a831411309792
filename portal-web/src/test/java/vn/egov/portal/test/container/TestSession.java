package vn.egov.portal.test.container;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In the test deployments only: opens a live session that belongs to nobody, so that a test can
 * render public pages the way the page cache leaves them to the renderer (a live session), without
 * the account look-up an official's log-in adds to every request.
 */
// One segment: deeper addresses are sub-portals' (SiteRoutingFilter).
@WebServlet(TestSession.PATH)
public class TestSession extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-only-session";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
