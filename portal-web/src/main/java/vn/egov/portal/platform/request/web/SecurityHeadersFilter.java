package vn.egov.portal.platform.request.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Browser-side hardening on every response. Public pages run no inline script at all, so their
 * policy forbids it; the console's PrimeFaces widgets start from inline scripts, which only the
 * console's policy allows (PrimeFaces' nonce mode needs JavaScript to post any form, even log-in).
 *
 * <p>Nothing may be stored by a browser or a proxy unless it is meant for everybody: every answer
 * starts as {@code Cache-Control: no-store}, and only what is deliberately public replaces it (the
 * public page cache, the public API reads, media, the static resources below). So console pages,
 * the log-in, the asker's data, a tracking look-up and a receipt are never kept, without each of
 * them having to say so. HSTS goes out over TLS, also when a trusted proxy ended it.
 */
@WebFilter(filterName = "SecurityHeadersFilter")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String COMMON = String.join(
            "; ",
            "default-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    private static final String PUBLIC_POLICY = COMMON + "; script-src 'self'";
    private static final String CONSOLE_POLICY = COMMON + "; script-src 'self' 'unsafe-inline' 'unsafe-eval'";
    /** Versioned static files that the container and Faces mark for caching themselves. */
    private static final List<String> STATIC = List.of("/jakarta.faces.resource/", "/resources/");

    /** Files browsers and crawlers ask for on every visit; a day's caching keeps repeat visits light. */
    private static final List<String> SITE_FILES = List.of("/favicon.ico", "/robots.txt");

    @Inject
    ClientAddress clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean console = path.startsWith("/admin/");
        response.setHeader("Content-Security-Policy", console ? CONSOLE_POLICY : PUBLIC_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (SITE_FILES.contains(path)) {
            response.setHeader("Cache-Control", "public, max-age=86400");
        } else if (STATIC.stream().noneMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (clients.overTls(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
