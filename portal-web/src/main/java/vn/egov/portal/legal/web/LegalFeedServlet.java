package vn.egov.portal.legal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.legal.boundary.LegalDocumentRegistry;
import vn.egov.portal.legal.boundary.LegalSearch;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.discovery.control.FeedWriter;
import vn.egov.portal.platform.discovery.web.AtomResponse;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.site.web.AtomFeedServlet;

/**
 * Atom feed of the newest published legal documents (/van-ban/moi.atom, /en/van-ban/moi.atom), newest
 * issue date first as on the register. The texts are Vietnamese; the feed's title, the document types
 * and the issuers follow the address's language.
 */
@WebServlet(urlPatterns = LegalFeedServlet.PATH)
public class LegalFeedServlet extends AtomFeedServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/van-ban/moi.atom";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    LegalDocumentRegistry registry;

    public LegalFeedServlet() {
        super("legal.title", "/van-ban/", PATH);
    }

    @Override
    protected List<FeedWriter.Entry> entries(Locale locale, String prefix) {
        List<LegalDocument> documents = registry.search(LegalSearch.all(PageRequest.first(AtomResponse.ENTRIES)))
                .items();
        return documents.stream()
                .map(document -> new FeedWriter.Entry(
                        document.getNumberSymbol() + " – " + document.getExcerpt(),
                        portal.absoluteAddress(prefix + "/van-ban/" + document.getEliPath()),
                        document.getPublishedAt(),
                        document.getPublishedAt(),
                        List.of(document.issuerName(locale)),
                        PortalMessages.get(
                                locale,
                                "legal.feed.summary",
                                document.getType().getName().in(locale),
                                document.getNumberSymbol(),
                                document.getIssueDate().format(DAY)),
                        Language.VIETNAMESE.code()))
                .toList();
    }
}
