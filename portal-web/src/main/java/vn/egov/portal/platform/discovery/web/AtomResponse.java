package vn.egov.portal.platform.discovery.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamException;
import vn.egov.portal.platform.discovery.control.FeedWriter;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;

/**
 * Sends an Atom feed of a feature's public list (legal documents, Q&A answers). The public page cache
 * keeps it like a page, so a feed is read from the database once per public content version.
 */
public final class AtomResponse {

    /** How many newest items a feed carries. */
    public static final int ENTRIES = 20;

    private AtomResponse() {}

    /** "/en" on an English address, "" on a Vietnamese one: the prefix of the feed's own links. */
    public static String languagePrefix(HttpServletRequest request) {
        return PortalLocale.languageOf(request).isEnglish() ? PortalLocale.ENGLISH_PREFIX : "";
    }

    /**
     * The channel of a feature's feed in the address's language: "{title} – {portal}", the list page
     * and the feed's own full addresses ({@code absolute} turns an application path into one), the
     * portal's reuse notice, and the portal as the author of entries without bylines.
     */
    public static FeedWriter.Channel channel(
            HttpServletRequest request,
            String titleKey,
            LocalizedText portalName,
            LocalizedText attribution,
            UnaryOperator<String> absolute,
            String listPath,
            String feedPath) {
        Language language = PortalLocale.languageOf(request);
        Locale locale = language.locale();
        String prefix = languagePrefix(request);
        return new FeedWriter.Channel(
                PortalMessages.get(locale, titleKey) + " – " + portalName.in(locale),
                absolute.apply(prefix + listPath),
                absolute.apply(prefix + feedPath),
                attribution == null ? "" : attribution.in(locale),
                language.code(),
                portalName.in(locale));
    }

    public static void send(HttpServletResponse response, FeedWriter.Channel channel, List<FeedWriter.Entry> entries)
            throws IOException {
        response.setContentType("application/atom+xml;charset=UTF-8");
        try {
            byte[] xml = FeedWriter.atom(channel, entries);
            response.setContentLength(xml.length);
            response.getOutputStream().write(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the feed", e);
        }
    }
}
