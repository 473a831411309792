package vn.egov.portal.qa.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * A form post of the question form that is not multipart (a client that sends no files) reads as one
 * without files. How large a post may be is {@link QuestionBodyLimit}'s.
 */
@WebFilter(
        filterName = "QuestionPostFilter",
        urlPatterns = {"/hoi-dap/dat-cau-hoi.xhtml", "/en/hoi-dap/dat-cau-hoi.xhtml", "/api/v1/questions"})
public class QuestionPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(isMultipart(request) ? request : new WithoutParts(request), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** A request whose parts are none, instead of an error for not being multipart. */
    private static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
