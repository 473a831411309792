package vn.egov.portal.qa.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import vn.egov.portal.qa.boundary.QaSettings;

/**
 * Anyone may post a question, files included; a post larger than the allowed files together (plus
 * room for the text) is turned away with 413 before the container spools it to disk. The files'
 * own rules (count, size, format by content) are checked afterwards, each with its message. A form
 * post that is not multipart (a client that sends no files) reads as one without files.
 */
@WebFilter(
        filterName = "QuestionPostFilter",
        urlPatterns = {"/hoi-dap/dat-cau-hoi.xhtml", "/en/hoi-dap/dat-cau-hoi.xhtml", "/api/v1/questions"})
public class QuestionPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Text fields and multipart framing; Base64 in the API adds a third to the files. */
    private static final long ROOM_FOR_TEXT = 1024L * 1024L;

    @Inject
    QaSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long files = settings.maxAttachments() * settings.maxAttachmentBytes();
        long limit = files + files / 3 + ROOM_FOR_TEXT;
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(isMultipart(request) ? request : new WithoutParts(request), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** A request whose parts are none, instead of an error for not being multipart. */
    private static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
