package vn.egov.portal.qa.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.egov.portal.platform.boundary.NotFoundException;
import vn.egov.portal.qa.boundary.AskerRecords;
import vn.egov.portal.security.boundary.AccessDeniedException;

/**
 * Hands an asker's file to an official (/admin/hoi-dap/tep/{id}, behind the console log-in): the
 * board or the question's agency only, each download in the audit trail, always as a download with
 * the type found at upload, never cached, never run.
 */
@WebServlet(urlPatterns = "/admin/hoi-dap/tep/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AskerRecords askers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(
                    request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AskerRecords.AttachmentContent file;
        try {
            file = askers.openAttachment(id);
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException | EJBAccessException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String encoded =
                URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(file.format().servedType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
