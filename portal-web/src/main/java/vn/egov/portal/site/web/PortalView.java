package vn.egov.portal.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.chrome.web.DisplayOptionsServlet;
import vn.egov.portal.platform.chrome.web.PublicLink;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.entity.SiteLink;
import vn.egov.portal.site.entity.SiteSettings;

/**
 * What every public page shows around its content: the current portal (the main one, or the
 * sub-portal named by the address), its name, menu, contacts and reuse notice, and the one link
 * builder for public pages (language, then portal, then path).
 */
@Named("portal")
@RequestScoped
public class PortalView {

    private static final DateTimeFormatter RENDERED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    SiteResolver sites;

    @Inject
    PublicStructure structure;

    @Inject
    PortalLocale locale;

    @Inject
    PublicChrome chrome;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    /** The portal's public address (PORTAL_PUBLIC_URL); without it, the request's own. */
    @Inject
    @ConfigProperty(name = "portal.public-url")
    java.util.Optional<String> publicUrl;

    private Site site;
    private Site mainSite;
    private List<Category> categories;
    private List<Site> subPortals;

    public Site getSite() {
        if (site == null) {
            Object slug = request.getAttribute(SiteRoutingFilter.SITE_ATTRIBUTE);
            site = slug == null
                    ? getMainSite()
                    : sites.findActiveSubPortal(slug.toString()).orElseGet(this::getMainSite);
        }
        return site;
    }

    public Site getMainSite() {
        if (mainSite == null) {
            mainSite = structure.mainSite();
        }
        return mainSite;
    }

    public boolean isSubPortal() {
        return !getSite().isMain();
    }

    public String getName() {
        return getSite().getName().in(locale.getLocale());
    }

    public String getAttribution() {
        return getSite().getAttribution() == null
                ? null
                : getSite().getAttribution().in(locale.getLocale());
    }

    /**
     * What a fragment of a public page may be kept under (o:cache): the portal, the language and the
     * content version, so that any published change makes a fresh one, as for the page cache.
     */
    public String getFragmentKey() {
        return getSite().getSlug() + ':' + locale.getLanguage() + ':' + PublicContentVersion.currentVersion();
    }

    /** A path of the current portal in the current language: "/tin/1-a" becomes "/en/so-tu-phap/tin/1-a". */
    public String link(String path) {
        return locale.link(getSite().getPathPrefix() + path);
    }

    /** The full address of a public path, for notices that travel with copied content. */
    public String absolute(String path) {
        return origin() + link(path);
    }

    /** The full address of this page, printed under it and named in its link previews. */
    public String getPageUrl() {
        return absoluteAddress(locale.getCurrentAddress());
    }

    /** The full address of any address of this application ("/media/…", "/en/tin/…"), portal prefix not added. */
    public String absoluteAddress(String applicationPath) {
        return origin() + request.getContextPath() + applicationPath;
    }

    /** When this page was rendered, in the portal's zone: printed under it with its address. */
    public String getRenderedAt() {
        return RENDERED_AT.format(ZonedDateTime.now(clock.withZone(config.zone())));
    }

    private String origin() {
        return publicUrl.map(url -> url.replaceAll("/+$", "")).orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (standard ? "" : ":" + port);
        });
    }

    /** Whether a menu entry leads to this page, for aria-current. */
    public boolean isCurrent(String path) {
        String here = locale.getCurrentAddress();
        int query = here.indexOf('?');
        String page = query < 0 ? here : here.substring(0, query);
        return link(path).equals(request.getContextPath() + page);
    }

    /**
     * The path of the menu entry that leads to this page ("" for none): the only part of the menu that
     * differs between the pages of a portal, so part of the key its kept markup goes under.
     */
    public String getCurrentEntry() {
        if (isCurrent("/")) {
            return "/";
        }
        return getNavigation().stream()
                .map(PublicLink::path)
                .filter(this::isCurrent)
                .findFirst()
                .orElse("");
    }

    /**
     * A link that sets a display option ("chu=lon", "tuong-phan=cao") and comes back to this page: a
     * plain link, no script (see DisplayOptionsServlet).
     */
    public String displayLink(String choice) {
        return request.getContextPath() + DisplayOptionsServlet.CHOOSE + "?" + choice + "&ve="
                + URLEncoder.encode(locale.getCurrentAddress(), StandardCharsets.UTF_8);
    }

    /** The footer's links to other official sites: the province's, shown on every portal. */
    public List<SiteLink> getOfficialLinks() {
        return getMainSite().getLinks();
    }

    public String getContextPath() {
        return request.getContextPath();
    }

    /** A path of another portal in the current language. */
    public String siteLink(Site other, String path) {
        return locale.link(other.getPathPrefix() + path);
    }

    /** The statutory categories, or the sub-portal's own menu of them when it chose one. */
    public List<Category> getCategories() {
        if (categories == null) {
            List<Category> all = structure.categories();
            List<String> menu = settings() == null ? List.of() : settings().getMenuCategories();
            categories = menu.isEmpty()
                    ? all
                    : menu.stream()
                            .flatMap(
                                    code -> all.stream().filter(c -> c.getCode().equals(code)))
                            .toList();
        }
        return categories;
    }

    /** Where readers reach this portal: its own contacts, or those of the unit that runs it. */
    public ContactInfo getContact() {
        return structure.contactOf(getSite()).orElse(null);
    }

    public String getLogoPath() {
        String token = settings() == null ? null : settings().getLogoToken();
        return token == null ? null : request.getContextPath() + "/media/" + token + "/logo";
    }

    public List<Site> getSubPortals() {
        if (subPortals == null) {
            subPortals = structure.subPortals();
        }
        return subPortals;
    }

    public List<PublicLink> getNavigation() {
        return chrome.navigationFor(getSite());
    }

    public List<HomeSection> getHomeSections() {
        return chrome.sectionsFor(getSite());
    }

    private SiteSettings settings() {
        return structure.settingsOf(getSite()).orElse(null);
    }
}
