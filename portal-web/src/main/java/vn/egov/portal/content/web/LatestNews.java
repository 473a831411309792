package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;
import vn.egov.portal.platform.i18n.control.Language;

/**
 * The newest cards per category of a portal in a language, read once per public content version: the
 * home page asks for fourteen categories at every render, and without the page cache (officials,
 * pages it may not keep) that was fourteen queries a render.
 */
@ApplicationScoped
public class LatestNews {

    /** Portals times languages times the menus they chose: a few dozen at most. */
    private static final int MAX_KEPT = 500;

    private record Key(String siteSlug, List<String> categoryCodes, Language language, int perCategory) {}

    @Inject
    ArticleCatalog catalog;

    private final PerContentVersion<Key, Map<String, List<ArticleCard>>> latest = new PerContentVersion<>(MAX_KEPT);

    public Map<String, List<ArticleCard>> perCategory(
            String siteSlug, List<String> categoryCodes, Language language, int perCategory) {
        return latest.get(new Key(siteSlug, List.copyOf(categoryCodes), language, perCategory), this::read);
    }

    private Map<String, List<ArticleCard>> read(Key key) {
        Map<String, List<ArticleCard>> read = new LinkedHashMap<>();
        catalog.listLatestPerCategory(key.siteSlug(), key.categoryCodes(), key.language(), key.perCategory())
                .forEach((code, cards) -> read.put(code, List.copyOf(cards)));
        return Collections.unmodifiableMap(read);
    }
}
