package vn.egov.portal.platform.cache.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An anonymous public request as its page may see it: the query parameters the address declares
 * and those a routing forward adds ({@code ?slug=} of a readable address), never the others the
 * reader sent. What the page renders then depends only on what the cache keys on.
 */
final class DeclaredParametersOnly extends HttpServletRequestWrapper {

    private final Set<String> hidden;
    private final String query;

    /**
     * @param hidden the names the reader sent that the address does not declare
     * @param query the reader's query with only the declared parameters
     */
    DeclaredParametersOnly(HttpServletRequest request, Set<String> hidden, String query) {
        super(request);
        this.hidden = hidden;
        this.query = query;
    }

    @Override
    public String getParameter(String name) {
        return hidden.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return hidden.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> shown = new LinkedHashMap<>(super.getParameterMap());
        shown.keySet().removeAll(hidden);
        return Collections.unmodifiableMap(shown);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(List.copyOf(getParameterMap().keySet()));
    }

    @Override
    public String getQueryString() {
        return query.isEmpty() ? null : query;
    }
}
