package vn.egov.portal.platform.cache.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;

/**
 * Rendered public pages, kept per address (the language is part of it) and the query parameters the
 * page reads ({@link QueryKeys}) for anonymous readers. A page
 * is valid for the public content version it was rendered in and at most {@code portal.cache.ttl-seconds}
 * (for what changes with the clock, like "this week"); publishing, unpublishing or editing anything
 * public moves the version and so retires every page at once.
 */
@ApplicationScoped
public class PublicPageCache {

    /** One kept response. The ETag is a hash of the body, so equal bytes revalidate across restarts. */
    public record Page(byte[] body, String contentType, String etag, long lastModified, long version, long storedAt) {}

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.cache.ttl-seconds", defaultValue = "300")
    long ttlSeconds;

    @Inject
    @ConfigProperty(name = "portal.cache.max-entries", defaultValue = "5000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "portal.cache.max-age-seconds", defaultValue = "0")
    int maxAgeSeconds;

    /**
     * How long a shared cache in front of the portal (server-config/nginx) may keep a public page
     * without asking again; browsers still revalidate every time ({@code max-age}).
     */
    @Inject
    @ConfigProperty(name = "portal.cache.shared-max-age-seconds", defaultValue = "5")
    int sharedMaxAgeSeconds;

    /** When set, pages name this origin whatever the request said; see {@link #keyOf}. */
    @Inject
    @ConfigProperty(name = "portal.public-url")
    Optional<String> publicUrl;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    public boolean isEnabled() {
        return enabled;
    }

    /** The Cache-Control of a kept public page. */
    public String cacheControl() {
        String shared = sharedMaxAgeSeconds > 0 ? ", s-maxage=" + sharedMaxAgeSeconds : "";
        return "public, max-age=" + maxAgeSeconds + shared + ", must-revalidate";
    }

    public Optional<Page> find(String key) {
        Page page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        boolean fresh = page.version() == PublicContentVersion.currentVersion()
                && clock.millis() - page.storedAt() < ttlSeconds * 1000;
        if (!fresh) {
            pages.remove(key, page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** The version to stamp on a page that is about to be rendered. */
    public long currentVersion() {
        return PublicContentVersion.currentVersion();
    }

    public Page store(String key, byte[] body, String contentType, long renderedInVersion) {
        long now = clock.millis();
        Page page = new Page(body, contentType, etagOf(body), now / 1000 * 1000, renderedInVersion, now);
        if (pages.size() >= maxEntries) {
            pages.clear();
        }
        if (renderedInVersion == PublicContentVersion.currentVersion()) {
            pages.put(key, page);
        }
        return page;
    }

    public void clear() {
        pages.clear();
    }

    public static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hash)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The address a page is kept under. Without {@code portal.public-url} pages print their own full
     * address from the request's Host (the reuse notice of an article), so the origin the request
     * named is part of the key: a forged Host header can then only ever spoil its own copy, never
     * the page other readers get.
     */
    public String keyOf(HttpServletRequest request, String readQuery) {
        String origin = publicUrl.isPresent()
                ? ""
                : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return keyOf(origin, request.getRequestURI(), readQuery);
    }

    /** {@code readQuery}: only the parameters the page reads ({@link QueryKeys#keyQuery}). */
    static String keyOf(String origin, String uri, String readQuery) {
        return origin + (readQuery == null || readQuery.isEmpty() ? uri : uri + "?" + readQuery);
    }
}
