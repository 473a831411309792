package vn.egov.portal.platform.i18n.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import vn.egov.portal.platform.i18n.control.Language;

/**
 * The language of the current page. Public pages take it from the address (/en/... is English, all
 * else Vietnamese) so that each language has its own cacheable URL; the console remembers the
 * official's choice in the session.
 */
@Named
@RequestScoped
public class PortalLocale {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String LANGUAGE_ATTRIBUTE = "vn.egov.portal.language";
    public static final String ENGLISH_PREFIX = "/en";

    @Inject
    HttpServletRequest request;

    private String alternateLink;

    public Locale getLocale() {
        return isEnglish() ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The code, as a page's {@code lang} attribute writes it. */
    public String getLanguage() {
        return current().code();
    }

    public Language current() {
        return isEnglish() ? Language.ENGLISH : Language.VIETNAMESE;
    }

    public boolean isEnglish() {
        Object fromAddress = request.getAttribute(LANGUAGE_ATTRIBUTE);
        if (fromAddress != null) {
            return languageOf(fromAddress).isEnglish();
        }
        HttpSession session = request.getSession(false);
        return session != null
                && languageOf(session.getAttribute(LANGUAGE_ATTRIBUTE)).isEnglish();
    }

    /** The language of a public address (/en/... is English), as the language prefix filter marked it. */
    public static Language languageOf(HttpServletRequest request) {
        return languageOf(request.getAttribute(LANGUAGE_ATTRIBUTE));
    }

    private static Language languageOf(Object mark) {
        return Language.of(mark instanceof String code ? code : null);
    }

    /** A portal-relative path in the current language: "/" becomes "/en/" on English pages. */
    public String link(String path) {
        String prefix = request.getContextPath() + (isPublicEnglish() ? ENGLISH_PREFIX : "");
        return prefix + path;
    }

    /**
     * The same page in the other language, for the language switch: by default the same address
     * with or without /en; a page whose other-language version lives elsewhere (an article and its
     * translation) names it with {@link #useAlternateLink(String)}.
     */
    public String getAlternateLink() {
        if (alternateLink != null) {
            return alternateLink;
        }
        String page = currentPublicPath();
        return request.getContextPath() + (isPublicEnglish() ? page : ENGLISH_PREFIX + page);
    }

    /** Where this page's language switch leads, as a full path (context path included). */
    public void useAlternateLink(String link) {
        this.alternateLink = link;
    }

    /**
     * The address the reader typed, context path left out: "/en/so-tu-phap/tin/1-a?x=1". The display
     * options send the reader back there.
     */
    public String getCurrentAddress() {
        return (isPublicEnglish() ? ENGLISH_PREFIX : "") + currentPublicPath();
    }

    private boolean isPublicEnglish() {
        return languageOf(request).isEnglish();
    }

    private String currentPublicPath() {
        Object original = request.getAttribute(LanguagePrefixFilter.ORIGINAL_PATH_ATTRIBUTE);
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path;
        String query;
        if (original == null && forwarded == null) {
            path = request.getServletPath();
            query = request.getQueryString();
        } else {
            // Forwarded by the language or site routing filter: the address the reader typed.
            path = original != null
                    ? original.toString()
                    : forwarded.toString().substring(request.getContextPath().length());
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (query != null && !query.isEmpty()) {
            path = path + "?" + query;
        }
        return path.endsWith("/index.xhtml") ? path.substring(0, path.length() - "index.xhtml".length()) : path;
    }
}
