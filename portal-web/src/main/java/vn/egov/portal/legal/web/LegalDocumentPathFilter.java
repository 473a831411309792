package vn.egov.portal.legal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the stable, ELI-style document addresses: /van-ban/2014/1/qd-ubnd shows the document page.
 * The address is made of the number and symbol only, so it never changes with edits.
 */
@WebFilter(
        filterName = "LegalDocumentPathFilter",
        urlPatterns = "/van-ban/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LegalDocumentPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PATH_ATTRIBUTE = "vn.egov.portal.legal.path";
    private static final Pattern DOCUMENT = Pattern.compile("/van-ban/(\\d{4}/\\d{1,6}/[a-z0-9]+(?:-[a-z0-9]+)*)/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String inside = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher document = DOCUMENT.matcher(inside);
        if (document.matches()) {
            request.setAttribute(PATH_ATTRIBUTE, document.group(1));
            request.getRequestDispatcher("/van-ban/document.xhtml").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
