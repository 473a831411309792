package vn.egov.portal.eservice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.eservice.boundary.ProcedureCatalogue;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.platform.discovery.control.FeedWriter;
import vn.egov.portal.platform.discovery.web.AtomResponse;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.site.web.AtomFeedServlet;

/**
 * The announcements of the catalogue's changes (Article 10.2) as an Atom feed
 * (/thu-tuc-hanh-chinh/thay-doi.atom, /en/...): one entry per revision, newest first, each at the
 * procedure's address with the revision as its fragment, so every change is an entry of its own.
 */
@WebServlet(urlPatterns = ProcedureFeedServlet.PATH)
public class ProcedureFeedServlet extends AtomFeedServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/thu-tuc-hanh-chinh/thay-doi.atom";

    @Inject
    ProcedureCatalogue catalogue;

    public ProcedureFeedServlet() {
        super("eservice.feed.title", "/thu-tuc-hanh-chinh/", PATH);
    }

    @Override
    protected List<FeedWriter.Entry> entries(Locale locale, String prefix) {
        return catalogue.recentChanges(AtomResponse.ENTRIES).stream()
                .map(revision -> entry(revision, locale, prefix))
                .toList();
    }

    private FeedWriter.Entry entry(ProcedureRevision revision, Locale locale, String prefix) {
        String code = revision.getProcedure().getCode();
        return new FeedWriter.Entry(
                PortalMessages.get(
                        locale,
                        revision.isEntry() ? "eservice.feed.entered" : "eservice.feed.changed",
                        revision.getProcedure().getName(),
                        revision.getNumber()),
                portal.absoluteAddress(prefix + "/thu-tuc-hanh-chinh/" + code + "#phien-ban-" + revision.getNumber()),
                revision.getChangedAt(),
                revision.getChangedAt(),
                List.of(revision.getProcedure().getAgency().getName().in(locale)),
                ProcedureChangeText.summary(revision, locale),
                Language.VIETNAMESE.code());
    }
}
