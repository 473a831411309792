package vn.egov.portal.qa.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.web.PageLinks;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedQa;
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

    private PageLinks<PublishedQa> pages;

    /** Searches before the page is drawn: a page number that is no page is a 400, one past the last a 404. */
    public void load() {
        pages = PageLinks.around(
                published.search(new PublishedSearch(
                        getField(), getAgency(), getText(), PageLinks.requested(request, PAGE_SIZE))),
                request,
                "linh-vuc",
                "co-quan",
                "q");
    }

    public ResultPage<PublishedQa> getResults() {
        return pages.getResult();
    }

    public PageLinks<PublishedQa> getPages() {
        return pages;
    }

    public String getCountLabel() {
        return PortalMessages.get(
                locale.getLocale(), "qa.search.count", getResults().totalItems());
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
}
