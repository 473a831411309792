package vn.egov.portal.platform.chrome.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.egov.portal.platform.cache.web.PublicPageCache;

/**
 * The accessibility options of the public pages, without script. {@code /hien-thi?chu=lon&ve=/tin/1-a}
 * (a plain link in the header) remembers the choice in a cookie and sends the reader back; every
 * public page links {@code /hien-thi.css}, which answers the rules of the reader's options (larger
 * text, high contrast) and marks the current ones in the header. The pages themselves are the same
 * for everybody, so the page cache and the front cache keep one copy; only this small stylesheet is
 * personal ({@code private}, revalidated with its ETag).
 */
@WebServlet(urlPatterns = {DisplayOptionsServlet.CHOOSE, DisplayOptionsServlet.STYLESHEET})
public class DisplayOptionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String CHOOSE = "/hien-thi";
    public static final String STYLESHEET = "/hien-thi.css";
    static final String COOKIE = "hien-thi";
    private static final int ONE_YEAR = 365 * 24 * 3600;
    /** A path on this portal: one leading slash, no scheme, no backslash, no control characters. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\p{Cntrl}]{0,999}");

    private static final String CURRENT =
            ".display-options a[data-display=\"%s\"] { font-weight: 700; text-decoration: none; }\n";

    private String largeText;
    private String highContrast;

    @Override
    public void init() throws ServletException {
        largeText = resource("display-large.css");
        highContrast = resource("display-contrast.css");
    }

    private String resource(String name) {
        try (InputStream in = getServletContext().getResourceAsStream("/resources/portal/css/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing stylesheet " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DisplayPreference current = DisplayPreference.fromCookie(cookie(request));
        if (STYLESHEET.equals(request.getServletPath())) {
            sendStylesheet(request, response, current);
        } else {
            choose(request, response, current);
        }
    }

    private void choose(HttpServletRequest request, HttpServletResponse response, DisplayPreference current) {
        Map<String, String> asked = new HashMap<>();
        asked.put(DisplayPreference.TEXT_PARAMETER, request.getParameter(DisplayPreference.TEXT_PARAMETER));
        asked.put(DisplayPreference.CONTRAST_PARAMETER, request.getParameter(DisplayPreference.CONTRAST_PARAMETER));
        String value = current.choose(asked).cookieValue();
        Cookie cookie = new Cookie(COOKIE, value == null ? "" : value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(value == null ? 0 : ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.getServletContext().getSessionCookieConfig().isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        String back = request.getParameter("ve");
        boolean local = back != null && LOCAL_PATH.matcher(back).matches();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + (local ? back : "/"));
    }

    private void sendStylesheet(HttpServletRequest request, HttpServletResponse response, DisplayPreference current)
            throws IOException {
        String css = (current.largeText() ? largeText : "")
                + (current.highContrast() ? highContrast : "")
                + CURRENT.formatted(current.largeText() ? DisplayPreference.LARGE_TEXT : "chu-thuong")
                + CURRENT.formatted(current.highContrast() ? DisplayPreference.HIGH_CONTRAST : "tuong-phan-thuong");
        byte[] body = css.getBytes(StandardCharsets.UTF_8);
        String etag = PublicPageCache.etagOf(body);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader("ETag", etag);
        String match = request.getHeader("If-None-Match");
        if (match != null && match.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
