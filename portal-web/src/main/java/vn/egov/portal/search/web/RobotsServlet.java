package vn.egov.portal.search.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.egov.portal.site.web.PortalView;

/**
 * robots.txt: the public pages are for everyone, search engines included; the console, the log-in
 * page and the display-option links (which only set a cookie and come back) are not worth crawling.
 * It names the sitemap index by its absolute address ({@code portal.public-url}), as crawlers need.
 */
@WebServlet(urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String RULES =
            "User-agent: *\n" + "Disallow: /admin/\n" + "Disallow: /login.xhtml\n" + "Disallow: /hien-thi\n";

    @Inject
    transient PortalView portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] text = (RULES + "\nSitemap: " + portal.absolute("/sitemap.xml") + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
