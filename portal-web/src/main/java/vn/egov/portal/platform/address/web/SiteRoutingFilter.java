package vn.egov.portal.platform.address.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.egov.portal.platform.address.boundary.AddressSpace;
import vn.egov.portal.platform.chrome.web.PublicChrome;
import vn.egov.portal.platform.i18n.web.LanguagePrefixFilter;
import vn.egov.portal.site.entity.Site;

/**
 * Serves /{site-slug}/... as the same pages with the sub-portal known (R3.1), after /en/ was taken
 * off by {@link LanguagePrefixFilter}, and applies the features' readable addresses
 * ({@link PathRewrite}). Reserved top-level paths are never taken as a sub-portal; a first segment
 * that names no active sub-portal gets the friendly 404. Runs on requests and forwards (mapped in
 * web.xml, after the language filter).
 */
@WebFilter(filterName = "SiteRoutingFilter")
public class SiteRoutingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String SITE_ATTRIBUTE = "vn.egov.portal.site";
    static final String SITE_PATH_ATTRIBUTE = "vn.egov.portal.sitePath";

    @Inject
    SiteResolver sites;

    @Inject
    PublicChrome chrome;

    @Inject
    AddressSpace addresses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String first = firstSegment(path);
        String inner = path;
        if (first != null && request.getAttribute(SITE_ATTRIBUTE) == null) {
            Optional<Site> site = sites.findActiveSubPortal(first);
            boolean deeper = path.length() > first.length() + 1;
            if (site.isEmpty() && deeper) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (site.isPresent() && !deeper) {
                response.sendRedirect(request.getRequestURI() + "/");
                return;
            }
            if (site.isPresent()) {
                request.setAttribute(SITE_ATTRIBUTE, site.get().getSlug());
                inner = path.substring(first.length() + 1);
            }
        }
        String target = chrome.rewrite(inner);
        if (target.equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(SITE_PATH_ATTRIBUTE, inner);
        request.getRequestDispatcher(target.endsWith("/") ? target + "index.xhtml" : target)
                .forward(request, response);
    }

    /** The first segment when it could name a sub-portal: a well-formed slug that no feature serves. */
    private String firstSegment(String path) {
        if (path.length() < 2) {
            return null;
        }
        int slash = path.indexOf('/', 1);
        String first = slash < 0 ? path.substring(1) : path.substring(1, slash);
        return addresses.isFreeForSubPortal(first) ? first : null;
    }
}
