package vn.egov.portal.legal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.boundary.LegalSearch;
import vn.egov.portal.legal.boundary.ResultPage;
import vn.egov.portal.legal.entity.DocumentType;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.boundary.InvalidInputException;
import vn.egov.portal.platform.control.PortalMessages;
import vn.egov.portal.platform.web.PortalLocale;

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

    private ResultPage<LegalDocument> result;
    private String error;
    private LocalDate today;

    public ResultPage<LegalDocument> getResult() {
        if (result == null && error == null) {
            try {
                result = registry.search(new LegalSearch(
                        param("so"),
                        param("loai"),
                        null,
                        param("linh-vuc"),
                        number("nam"),
                        status(),
                        param("q"),
                        Math.max(0, number("trang") == null ? 0 : number("trang")),
                        PAGE_SIZE));
            } catch (InvalidInputException invalid) {
                error = PortalMessages.get(
                        locale.getLocale(),
                        invalid.fieldErrors().values().iterator().next());
                result = new ResultPage<>(List.of(), 0, 0, PAGE_SIZE);
            }
        }
        return result;
    }

    public String getError() {
        getResult();
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

    /** The same search on another page. */
    public String pageLink(int page) {
        StringBuilder query = new StringBuilder("?trang=").append(page);
        for (String name : List.of("q", "so", "loai", "linh-vuc", "nam", "hieu-luc")) {
            if (param(name) != null) {
                query.append('&')
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(param(name), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return locale.link("/van-ban/") + query;
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
