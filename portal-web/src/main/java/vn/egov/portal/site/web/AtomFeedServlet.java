package vn.egov.portal.site.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.platform.discovery.control.FeedWriter;
import vn.egov.portal.platform.discovery.web.AtomResponse;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.site.entity.Site;

/**
 * The Atom feed of one feature's public list (legal documents, answers, procedures,
 * consultations): the portal's channel in the address's language, the newest entries the feature
 * gives, sent by the one {@link AtomResponse}. A feature names its title key, its list page and its
 * feed's address, and says what an entry is.
 */
public abstract class AtomFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    protected transient PortalView portal;

    private final String titleKey;
    private final String listPath;
    private final String feedPath;

    protected AtomFeedServlet(String titleKey, String listPath, String feedPath) {
        this.titleKey = titleKey;
        this.listPath = listPath;
        this.feedPath = feedPath;
    }

    /**
     * The newest entries, at most {@link AtomResponse#ENTRIES}, in the words of {@code locale}; their
     * links are full addresses under {@code prefix} ("/en" or "").
     */
    protected abstract List<FeedWriter.Entry> entries(Locale locale, String prefix);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Site site = portal.getSite();
        FeedWriter.Channel channel = AtomResponse.channel(
                request, titleKey, site.getName(), site.getAttribution(), portal::absoluteAddress, listPath, feedPath);
        AtomResponse.send(
                response,
                channel,
                entries(PortalLocale.languageOf(request).locale(), AtomResponse.languagePrefix(request)));
    }
}
