package vn.egov.portal.qa.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.discovery.control.FeedWriter;
import vn.egov.portal.platform.discovery.web.AtomResponse;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.qa.boundary.PublishedAnswers;
import vn.egov.portal.qa.boundary.PublishedQa;
import vn.egov.portal.site.web.AtomFeedServlet;

/**
 * Atom feed of the newest published answers (/hoi-dap/moi.atom, /en/hoi-dap/moi.atom), newest
 * publication first. Only the board's published (redacted) copy is read, never the asker; the texts
 * are Vietnamese, the feed's title and the answering agency follow the address's language.
 */
@WebServlet(urlPatterns = QaFeedServlet.PATH)
public class QaFeedServlet extends AtomFeedServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/hoi-dap/moi.atom";
    /** A summary is the answer's opening, cut at a word. */
    private static final int SUMMARY = 300;

    @Inject
    PublishedAnswers published;

    public QaFeedServlet() {
        super("qa.title", "/hoi-dap/", PATH);
    }

    @Override
    protected List<FeedWriter.Entry> entries(Locale locale, String prefix) {
        return published.latest(AtomResponse.ENTRIES).stream()
                .map(qa -> new FeedWriter.Entry(
                        qa.title(),
                        portal.absoluteAddress(prefix + QaPaths.pathOf(qa.id(), qa.title())),
                        qa.publishedAt(),
                        qa.publishedAt(),
                        qa.agencyName() == null
                                ? List.of()
                                : List.of(qa.agencyName().in(locale)),
                        opening(qa),
                        Language.VIETNAMESE.code()))
                .toList();
    }

    private static String opening(PublishedQa qa) {
        String answer = qa.answer() == null ? "" : qa.answer().strip().replaceAll("\\s+", " ");
        if (answer.length() <= SUMMARY) {
            return answer;
        }
        int cut = answer.lastIndexOf(' ', SUMMARY);
        return answer.substring(0, cut > 0 ? cut : SUMMARY) + " …";
    }
}
