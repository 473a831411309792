package vn.egov.portal.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.boundary.LegalSearch;
import vn.egov.portal.legal.entity.DocumentType;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.web.PageLinks;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** The public search of legal documents (/van-ban/), by GET parameters so results can be linked. */
@Named
@RequestScoped
public class LegalSearchPage {

    public static final int PAGE_SIZE = 20;

    @Inject
    LegalDocumentRegistry registry;

    @Inject
    HttpServletRequest request;

    @Inject
    PortalLocale locale;

    /** The search's own parameters: they stay on every page of its results. */
    private static final String[] CRITERIA = {"q", "so", "loai", "linh-vuc", "nam", "hieu-luc"};

    private PageLinks<LegalDocument> pages;
    private String error;
    private LocalDate today;

    /**
     * Runs the search before the page is drawn, so that a page number that is no page (400) or a page
     * past the last one (404) is answered with its status and never kept in the page cache. Criteria
     * that cannot be read are shown above an empty list instead.
     */
    public void load() {
        PageRequest page = PageLinks.requested(request, PAGE_SIZE);
        ResultPage<LegalDocument> result;
        try {
            result = registry.search(new LegalSearch(
                    param("so"), param("loai"), null, param("linh-vuc"), number("nam"), status(), param("q"), page));
        } catch (InvalidInputException invalid) {
            error = PortalMessages.get(
                    locale.getLocale(),
                    invalid.fieldErrors().values().iterator().next());
            result = ResultPage.empty(PageRequest.first(PAGE_SIZE));
        }
        pages = PageLinks.around(result, request, CRITERIA);
    }

    public ResultPage<LegalDocument> getResult() {
        return pages.getResult();
    }

    public PageLinks<LegalDocument> getPages() {
        return pages;
    }

    public String getError() {
        return error;
    }

    public List<DocumentType> getTypes() {
        return registry.listTypes();
    }

    public LegalStatus[] getStatuses() {
        return LegalStatus.values();
    }

    public List<String> getFields() {
        return registry.listFields();
    }

    /** The status readers see today (the dates may qualify the recorded one). */
    public LegalStatus statusOf(LegalDocument document) {
        return document.statusOn(today());
    }

    private LocalDate today() {
        if (today == null) {
            today = registry.today();
        }
        return today;
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Integer number(String name) {
        try {
            return param(name) == null ? null : Integer.valueOf(param(name));
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    private LegalStatus status() {
        try {
            return param("hieu-luc") == null ? null : LegalStatus.valueOf(param("hieu-luc"));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
