package vn.egov.portal.platform.request.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.platform.error.rest.Problem;
import vn.egov.portal.platform.error.web.ProblemErrors;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * The first filter of every request, so nothing a client sends can turn into a 500 or a flood of log
 * lines further in. Request bodies are capped whatever their encoding: a declared length over the
 * limit gets 413 at once, a chunked body is cut off at the limit while it is read, and a form upload
 * without a length (which the container would spool unread) gets 411. Headers that do not parse read
 * as absent, and on the API an error the runtime sends itself is a problem document too
 * ({@link ProblemErrors}). A failure is never shareable: if anything fails behind, the response says no-store
 * before the error page is written, so no cache in front keeps it.
 */
@WebFilter(filterName = "RequestBoundsFilter")
public class RequestBoundsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Instance<BodyLimit> limits;

    @Inject
    @ConfigProperty(name = "portal.api.max-body-kb", defaultValue = "1024")
    long apiMaxBodyKb;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        long declared = request.getContentLengthLong();
        if (limit >= 0 && declared > limit) {
            refuse(
                    request,
                    response,
                    path,
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    Phrase.of("api.error.tooLarge", limit / 1024));
            return;
        }
        if (declared < 0 && isForm(request) && hasBody(request)) {
            refuse(request, response, path, Response.Status.LENGTH_REQUIRED, Phrase.of("api.error.lengthRequired"));
            return;
        }
        try {
            CappedRequest capped = new CappedRequest(request, limit);
            chain.doFilter(capped, path.startsWith("/api/") ? new ProblemErrors(capped, response) : response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!response.isCommitted()) {
                response.setHeader("Cache-Control", "no-store");
            }
            throw failure;
        }
    }

    /** A feature's own limit for the path, the API's default, or -1 (the container's own limits). */
    private long limitFor(String path) {
        for (BodyLimit contribution : limits) {
            OptionalLong own = contribution.maxBytes(path);
            if (own.isPresent()) {
                return own.getAsLong();
            }
        }
        return path.startsWith("/api/") ? apiMaxBodyKb * 1024 : -1;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, String path, Response.Status status, Phrase why)
            throws IOException {
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            Problem.write(request, response, status, why);
        } else {
            response.sendError(status.getStatusCode());
        }
    }
}
