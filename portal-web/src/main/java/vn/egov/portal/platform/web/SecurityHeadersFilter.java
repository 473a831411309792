package vn.egov.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser-side hardening on every response. Public pages run no inline script at all, so their
 * policy forbids it; the console's PrimeFaces widgets start from inline scripts, which only the
 * console's policy allows (PrimeFaces' nonce mode needs JavaScript to post any form, even log-in).
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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean console = request.getRequestURI().startsWith(request.getContextPath() + "/admin/");
        response.setHeader("Content-Security-Policy", console ? CONSOLE_POLICY : PUBLIC_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
