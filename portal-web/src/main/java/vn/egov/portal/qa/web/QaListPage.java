package vn.egov.portal.qa.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.control.PortalMessages;
import vn.egov.portal.platform.web.PortalLocale;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedSearch;
import vn.egov.portal.qa.boundary.RoutingTable;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The public list of answered questions (/hoi-dap/), searched by field, agency and words through a
 * plain GET form, so every result page has its own address and can be cached.
 */
@Named
@RequestScoped
public class QaListPage {

    public static final int PAGE_SIZE = 10;

    @Inject
    PublishedAnswers published;

    @Inject
    RoutingTable routing;

    @Inject
    PortalLocale locale;

    @Inject
    HttpServletRequest request;

    private PublishedAnswers.Page results;

    public PublishedAnswers.Page getResults() {
        if (results == null) {
            results = search();
        }
        return results;
    }

    private PublishedAnswers.Page search() {
        try {
            return published.search(new PublishedSearch(getField(), getAgency(), getText(), getPage(), PAGE_SIZE));
        } catch (InvalidInputException badPage) {
            return published.search(new PublishedSearch(getField(), getAgency(), getText(), 0, PAGE_SIZE));
        }
    }

    public String getCountLabel() {
        return PortalMessages.get(
                locale.getLocale(), "qa.search.count", getResults().total());
    }

    public List<QaField> getFields() {
        return routing.listFields();
    }

    public List<OrgUnit> getAgencies() {
        return published.listAgencies();
    }

    public String getField() {
        return request.getParameter("linh-vuc");
    }

    public String getAgency() {
        return request.getParameter("co-quan");
    }

    public String getText() {
        return request.getParameter("q");
    }

    public int getPage() {
        try {
            return Math.max(0, Integer.parseInt(request.getParameter("trang")) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public boolean isHasNext() {
        return (long) (getResults().page() + 1) * PAGE_SIZE < getResults().total();
    }

    /** The address of another result page with the same search. */
    public String pageLink(int zeroBasedPage) {
        StringBuilder link = new StringBuilder(locale.link("/hoi-dap/?trang=" + (zeroBasedPage + 1)));
        append(link, "linh-vuc", getField());
        append(link, "co-quan", getAgency());
        append(link, "q", getText());
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
