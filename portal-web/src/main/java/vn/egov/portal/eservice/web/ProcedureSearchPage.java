package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.boundary.ProcedureSearch;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.paging.web.PageLinks;
import vn.egov.portal.site.entity.OrgUnit;

/** The public catalogue (/thu-tuc-hanh-chinh/), filtered by GET parameters so results can be linked. */
@Named
@RequestScoped
public class ProcedureSearchPage {

    public static final int PAGE_SIZE = 20;

    /** How many announcements of changes the catalogue page lists; the feed carries more. */
    public static final int RECENT_CHANGES = 8;

    /** The search's own parameters: they stay on every page of its results. */
    private static final String[] CRITERIA = {"q", "linh-vuc", "co-quan", "cap", "muc-do"};

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    HttpServletRequest request;

    private PageLinks<Procedure> pages;

    private List<ProcedureRevision> recentChanges;

    @Inject
    PortalLocale locale;

    /** Searches before the page is drawn: a page number that is no page is answered with its status. */
    public void load() {
        PageRequest page = PageLinks.requested(request, PAGE_SIZE);
        ResultPage<Procedure> result = catalogue.search(new ProcedureSearch(
                param("linh-vuc"),
                param("co-quan"),
                choice(ProcedureLevel.class, param("cap")),
                choice(OnlineLevel.class, param("muc-do")),
                param("q"),
                page));
        pages = PageLinks.around(result, request, CRITERIA);
    }

    public ResultPage<Procedure> getResult() {
        return pages.getResult();
    }

    public PageLinks<Procedure> getPages() {
        return pages;
    }

    /** The newest announcements of the catalogue's changes (Article 10.2), as many as the page shows. */
    public List<ProcedureRevision> getRecentChanges() {
        if (recentChanges == null) {
            recentChanges = catalogue.recentChanges(RECENT_CHANGES);
        }
        return recentChanges;
    }

    public String summary(ProcedureRevision revision) {
        return ProcedureChangeText.summary(revision, locale.getLocale());
    }

    public List<String> getFields() {
        return catalogue.fields();
    }

    public List<OrgUnit> getAgencies() {
        return catalogue.agencies();
    }

    public ProcedureLevel[] getLevels() {
        return ProcedureLevel.values();
    }

    public OnlineLevel[] getOnlineLevels() {
        return OnlineLevel.values();
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An unknown choice (an edited address) filters nothing rather than failing the page. */
    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
