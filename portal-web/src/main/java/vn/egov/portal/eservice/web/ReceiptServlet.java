package vn.egov.portal.eservice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.egov.portal.eservice.boundary.ApplicationIntake;
import vn.egov.portal.guard.boundary.RateLimitedException;
import vn.egov.portal.platform.document.web.DocumentDownload;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.request.web.ClientAddress;

/**
 * The receipt as a PDF for the public pages (/thu-tuc-hanh-chinh/giay-tiep-nhan): the success screen
 * of the application form and the tracking page post the dossier code and the secret here, so
 * neither ever appears in an address, a history or a log. A wrong secret or an unknown code is the
 * public 404 page, too many look-ups the 429 with Retry-After; only POST is answered.
 */
@WebServlet(urlPatterns = ReceiptServlet.PATH)
public class ReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/thu-tuc-hanh-chinh/giay-tiep-nhan";

    @Inject
    transient ApplicationIntake intake;

    @Inject
    transient ClientAddress clients;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        try {
            DocumentDownload.send(
                    response,
                    intake.receipt(request.getParameter("code"), request.getParameter("secret"), clients.of(request)));
        } catch (NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RateLimitedException tooMany) {
            response.setHeader(
                    "Retry-After",
                    String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
            response.sendError(429);
        }
    }
}
