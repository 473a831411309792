package vn.egov.portal.statistics.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.egov.portal.statistics.boundary.AccessCounter;
import vn.egov.portal.statistics.entity.AccessKind;

/**
 * Counts what the monthly report calls page views and API calls (issue 16): a public HTML page or an
 * API answer served without error, from the page cache or rendered. Console pages, files, images,
 * feeds and refused requests are not counted. Nothing about the reader is kept: only the day and the
 * kind. {@code portal.statistics.access-counter=false} switches it off (the bench compares the two).
 */
@WebFilter(filterName = "AccessCountFilter")
public class AccessCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SETTING = "portal.statistics.access-counter";

    @Inject
    AccessCounter counter;

    private boolean on = true;

    @Override
    public void init() {
        on = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (on) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            kindOf(request.getMethod(), path, response.getStatus(), response.getContentType())
                    .ifPresent(counter::count);
        }
    }

    /** What a finished request counts as, if anything. */
    static Optional<AccessKind> kindOf(String method, String path, int status, String contentType) {
        if (!("GET".equals(method) || "HEAD".equals(method)) || status >= 400) {
            return Optional.empty();
        }
        if (path.startsWith("/api/")) {
            return Optional.of(AccessKind.API);
        }
        boolean page = status < 300 && contentType != null && contentType.startsWith("text/html");
        return page && !path.startsWith("/admin/") ? Optional.of(AccessKind.PAGE) : Optional.empty();
    }
}
