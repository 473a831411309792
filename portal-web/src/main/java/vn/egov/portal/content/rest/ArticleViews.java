package vn.egov.portal.content.rest;

import java.time.Instant;
import java.util.List;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ArticleCard;
import vn.egov.portal.media.control.RichText;

/** The JSON shapes of the articles API: plain data, no entity leaks out. */
public final class ArticleViews {

    private ArticleViews() {}

    public record Summary(
            long id,
            String site,
            String category,
            String language,
            String title,
            String summary,
            String path,
            Instant publishedAt) {
        static Summary of(ArticleCard card, String pathPrefix) {
            return new Summary(
                    card.id(),
                    card.siteSlug(),
                    card.categoryCode(),
                    card.language().code(),
                    card.title(),
                    card.summary(),
                    pathPrefix + card.getPath(),
                    card.publishedAt());
        }
    }

    public record Detail(
            long id,
            String site,
            String category,
            String language,
            String title,
            String summary,
            String bodyHtml,
            List<String> authors,
            String source,
            List<String> tags,
            String path,
            Instant publishedAt,
            Instant updatedAt,
            String origin,
            String attribution) {
        static Detail of(Article article) {
            Article origin = article.getOrigin();
            return new Detail(
                    article.getId(),
                    article.getSite().getSlug(),
                    article.getCategory().getCode(),
                    article.getLanguage(),
                    article.getTitle(),
                    article.getSummary(),
                    RichText.sanitize(article.getBody()),
                    article.getAuthors().stream().map(ArticleAuthor::getName).toList(),
                    article.getSource(),
                    article.getTagList(),
                    article.getSite().getPathPrefix() + article.getPath(),
                    article.getPublishedAt(),
                    article.getUpdatedAt(),
                    origin == null ? null : origin.getSite().getPathPrefix() + origin.getPath(),
                    article.getSite().getAttribution() == null
                            ? null
                            : article.getSite()
                                    .getAttribution()
                                    .in(article.language().locale()));
        }
    }
}
