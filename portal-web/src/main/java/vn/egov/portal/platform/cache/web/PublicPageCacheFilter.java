package vn.egov.portal.platform.cache.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.egov.portal.platform.chrome.web.DisplayOptionsServlet;

/**
 * Serves anonymous GETs of public pages from {@link PublicPageCache}, and fills it. Never for
 * officials (a live session or credentials), never for the console, the API, log-in, media or
 * resources, and never keeps a response that sets a cookie or is not a plain 200. Every answer carries
 * an ETag, Last-Modified and Cache-Control, so browsers and proxies revalidate with 304s. A session
 * cookie naming no live session (made up, or left over from an ended session) is an anonymous
 * reader's: it gets the kept page, so random cookies cannot force a render per request.
 */
@WebFilter(filterName = "PublicPageCacheFilter")
public class PublicPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Never kept here; the nginx front keys them on their whole query ({@link QueryKeys#nginxMaps}). */
    public static final Set<String> NEVER = Set.of(
            "/admin/",
            "/api/",
            "/login",
            "/logout",
            "/media/",
            "/jakarta.faces.resource/",
            "/resources/",
            "/health",
            "/openapi",
            "/metrics",
            // The display options differ by reader (a cookie); the pages around them do not.
            DisplayOptionsServlet.CHOOSE);

    private static final int MAX_KEY = 1000;

    @Inject
    PublicPageCache cache;

    @Inject
    QueryKeys queryKeys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        List<String> read = queryKeys.namesFor(pathOf(request));
        String rawQuery = request.getQueryString();
        Optional<String> plain = QueryKeys.oddlyWritten(rawQuery, read, request);
        if (plain.isPresent()) {
            // Cheap, and never kept by a cache: the same address written plainly is the one cached.
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(
                    "Location", request.getRequestURI() + (plain.get().isEmpty() ? "" : "?" + plain.get()));
            return;
        }
        String query = QueryKeys.keyQuery(request, read);
        String key = cache.keyOf(request, query);
        Optional<PublicPageCache.Page> kept = cache.find(key);
        if (kept.isPresent()) {
            send(request, response, kept.get(), "HIT");
            return;
        }
        long version = cache.currentVersion();
        BufferingResponse buffered = new BufferingResponse(response);
        Set<String> hidden = QueryKeys.namesIn(rawQuery);
        hidden.removeAll(read);
        chain.doFilter(new DeclaredParametersOnly(request, hidden, query), buffered);
        if (!buffered.keepable() || request.getSession(false) != null) {
            buffered.passThrough();
            return;
        }
        send(request, response, cache.store(key, buffered.body(), buffered.getContentType(), version), "MISS");
    }

    private boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!cache.isEnabled() || !("GET".equals(method) || "HEAD".equals(method))) {
            return false;
        }
        String path = pathOf(request);
        if (path.length() > MAX_KEY || NEVER.stream().anyMatch(path::startsWith)) {
            return false;
        }
        return request.getHeader("Authorization") == null && !hasLiveSession(request);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The container matches the cookie against its live sessions; none is created or touched. */
    private static boolean hasLiveSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.isRequestedSessionIdValid();
    }

    private void send(HttpServletRequest request, HttpServletResponse response, PublicPageCache.Page page, String state)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", cache.cacheControl());
        response.setHeader("X-Portal-Cache", state);
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.setBufferSize(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    private static boolean notModified(HttpServletRequest request, PublicPageCache.Page page) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            return match.contains(page.etag()) || "*".equals(match.strip());
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since >= 0 && page.lastModified() <= since;
    }
}
