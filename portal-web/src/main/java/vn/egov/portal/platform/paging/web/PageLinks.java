package vn.egov.portal.platform.paging.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;

/**
 * The pages of a public list as a reader pages through them: which page the address asks for
 * ({@code ?trang=}, from 1, read by {@link PageRequest}, so "abc" is a 400) and the addresses of the
 * pages before and after, on the very address being read (language and sub-portal prefix included)
 * with the search's own parameters kept. The one place public lists read their page number and write
 * their page links; {@code /WEB-INF/templates/pagination.xhtml} shows them.
 */
public final class PageLinks<T> {

    public static final String PARAMETER = "trang";

    private final ResultPage<T> result;
    private final String path;
    private final List<String> kept = new ArrayList<>();

    private PageLinks(ResultPage<T> result, String path) {
        this.result = result;
        this.path = path;
    }

    /** The page the reader asked for, of a list the page shows {@code size} at a time. */
    public static PageRequest requested(HttpServletRequest request, int size) {
        return PageRequest.parse(request.getParameter(PARAMETER), size);
    }

    /**
     * The links around a page of results; {@code keptParameters} are the search's own (they stay on
     * every page). A page past the last one does not exist: 404, and nothing is kept in the cache.
     */
    public static <T> PageLinks<T> around(ResultPage<T> result, HttpServletRequest request, String... keptParameters) {
        if (result.isPastTheEnd()) {
            throw new NotFoundException("Page", result.page());
        }
        PageLinks<T> links = new PageLinks<>(result, readersPath(request));
        for (String name : keptParameters) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                links.kept.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return links;
    }

    /** The address the reader's browser asked for, before the language and routing forwards. */
    public static String readersPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }

    public ResultPage<T> getResult() {
        return result;
    }

    /** The whole list is empty ("empty" itself is a reserved word of EL, so a page cannot ask for it). */
    public boolean isEmptyList() {
        return result.isEmpty();
    }

    /** Only a list of more than one page has pages to go to; an empty one says it is empty instead. */
    public boolean isShown() {
        return result.getTotalPages() > 1;
    }

    public String getPrevious() {
        return link(result.page() - 1);
    }

    public String getNext() {
        return link(result.page() + 1);
    }

    /** Page 1 has no number in its address, so it is cached once with the list's own address. */
    String link(int number) {
        List<String> query = new ArrayList<>(kept);
        if (number > 1) {
            query.add(PARAMETER + "=" + number);
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }
}
