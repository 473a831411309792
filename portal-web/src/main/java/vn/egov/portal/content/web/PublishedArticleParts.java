package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.egov.portal.content.boundary.ArticleCatalog;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.media.boundary.MediaLibrary;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;

/**
 * What an article page reads around a published article (its translations, cover and attachments) and
 * its body sanitised for the page, once per public content version: without the page cache each render
 * ran three queries and the sanitiser again for the same text.
 */
@ApplicationScoped
public class PublishedArticleParts {

    /** Articles read since content last changed; beyond that they are read again at each render. */
    private static final int MAX_KEPT = 2000;

    /** The parts of one article; a cover that is gone is null. */
    public record Parts(List<Article> translations, MediaFile cover, List<MediaFile> attachments, String body) {}

    @Inject
    ArticleCatalog catalog;

    @Inject
    MediaLibrary media;

    private final PerContentVersion<Long, Parts> parts = new PerContentVersion<>(MAX_KEPT);

    public Parts of(Article article) {
        return parts.get(article.getId(), id -> read(article));
    }

    private Parts read(Article article) {
        MediaFile cover = article.getCoverToken() == null
                ? null
                : media.find(article.getCoverToken()).orElse(null);
        return new Parts(
                List.copyOf(catalog.listTranslations(article)),
                cover,
                List.copyOf(media.list(article.getAttachments())),
                RichText.sanitize(article.getBody()));
    }
}
