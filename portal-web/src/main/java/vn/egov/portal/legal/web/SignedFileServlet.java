package vn.egov.portal.legal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.platform.boundary.NotFoundException;

/**
 * Streams a signed file of a published document from outside the web root, always as a download
 * with the type recognised at upload, so a file can never run as a page of the portal.
 */
@WebServlet(name = "SignedFileServlet", urlPatterns = "/van-ban/tep/*")
public class SignedFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LegalDocumentRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            LegalDocumentRegistry.FileContent content = registry.getFile(Long.parseLong(id));
            response.setContentType(content.file().getMediaType());
            response.setContentLengthLong(Files.size(content.path()));
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(content.file().getFileName(), StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
            response.setHeader("Cache-Control", "public, max-age=86400");
            Files.copy(content.path(), response.getOutputStream());
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
