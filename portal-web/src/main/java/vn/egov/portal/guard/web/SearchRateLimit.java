package vn.egov.portal.guard.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.egov.portal.guard.boundary.SubmissionGuard;
import vn.egov.portal.guard.control.SlidingWindow;
import vn.egov.portal.platform.cache.web.QueryKeys;
import vn.egov.portal.platform.error.boundary.UnavailableException;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.request.web.ClientAddress;

/**
 * A free-text search must render (no cache holds every text), so its cost is bounded per client
 * address instead: past {@code portal.guard.searches-per-minute} a search page answers a small 429
 * in the reader's language with Retry-After, before anything renders. Other public GETs are not
 * counted; they are served from the caches whatever their query says. Addresses are counted by the
 * same keyed digest as the form submissions ({@link SubmissionGuard#addressKey}); while the
 * personal-data key is refused a search answers 503 (the "temporarily unavailable" page).
 */
@WebFilter(filterName = "SearchRateLimit")
public class SearchRateLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String SETTING = "portal.guard.searches-per-minute";
    private static final int DEFAULT_PER_MINUTE = 30;
    private static final long UNAVAILABLE_RETRY_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(SearchRateLimit.class.getName());

    @Inject
    transient QueryKeys queryKeys;

    @Inject
    transient ClientAddress addresses;

    private transient volatile Limit limit = new Limit(DEFAULT_PER_MINUTE);

    /** The window of one setting; a changed setting starts a new one (read at each use). */
    private static final class Limit {
        final int perMinute;
        final SlidingWindow window;

        Limit(int perMinute) {
            this.perMinute = perMinute;
            this.window = new SlidingWindow(perMinute, Duration.ofMinutes(1));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !queryKeys.isSearch(path, request)) {
            chain.doFilter(request, response);
            return;
        }
        Limit current = current();
        String key;
        try {
            key = SubmissionGuard.addressKey(addresses.of(request));
        } catch (UnavailableException unavailable) {
            LOG.warning(
                    () -> "A search was refused: the client address cannot be counted: " + unavailable.getMessage());
            response.setHeader("Retry-After", Long.toString(UNAVAILABLE_RETRY_SECONDS));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Instant now = Instant.now();
        if (current.window.tryAcquire(key, now)) {
            chain.doFilter(request, response);
            return;
        }
        refuse(response, path, current.window.retryAfter(key, now));
    }

    private Limit current() {
        int perMinute = ConfigProvider.getConfig()
                .getOptionalValue(SETTING, Integer.class)
                .filter(value -> value > 0)
                .orElse(DEFAULT_PER_MINUTE);
        Limit current = limit;
        if (current.perMinute != perMinute) {
            current = new Limit(perMinute);
            limit = current;
        }
        return current;
    }

    private static void refuse(HttpServletResponse response, String path, Duration wait) throws IOException {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        Locale locale = Language.of(path.startsWith("/en/") ? "en" : "vi").locale();
        String title = PortalMessages.get(locale, "guard.search.tooMany.title");
        String text = PortalMessages.get(locale, "guard.search.tooMany", seconds);
        byte[] body = ("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + title + "</title></head>"
                        + "<body><h1>" + title + "</h1><p>" + text + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
