package vn.egov.portal.content.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** What an editor types into an article: the fields that are kept as revisions and merged on conflicts. */
public record ArticleText(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 2000) String summary,
        @Size(max = 1_000_000) String body,
        @Size(max = 40) String coverToken,
        @Size(max = 300) String coverAlt,
        @Size(max = 300) String source,
        @Size(max = 500) String tags,
        @NotNull ContentKind kind,
        Instant publishAt,
        Instant unpublishAt,
        @NotNull List<@Size(max = 40) String> attachments,
        @NotNull List<@Valid ArticleAuthor> authors) {

    public static ArticleText of(String title, String summary, String body) {
        return illustrated(title, summary, body, null, null);
    }

    /** A news text with its cover picture (a media token) and the picture's description. */
    public static ArticleText illustrated(
            String title, String summary, String body, String coverToken, String coverAlt) {
        return new ArticleText(
                title,
                summary,
                body,
                coverToken,
                coverAlt,
                null,
                null,
                ContentKind.NEWS,
                null,
                null,
                List.of(),
                List.of());
    }

    public ArticleText withAuthors(List<ArticleAuthor> newAuthors) {
        return new ArticleText(
                title,
                summary,
                body,
                coverToken,
                coverAlt,
                source,
                tags,
                kind,
                publishAt,
                unpublishAt,
                attachments,
                newAuthors);
    }

    public ArticleText withSchedule(Instant publish, Instant unpublish) {
        return new ArticleText(
                title,
                summary,
                body,
                coverToken,
                coverAlt,
                source,
                tags,
                kind,
                publish,
                unpublish,
                attachments,
                authors);
    }

    public ArticleText withDetails(String newSource, String newTags, ContentKind newKind, List<String> newAttachments) {
        return new ArticleText(
                title,
                summary,
                body,
                coverToken,
                coverAlt,
                newSource,
                newTags,
                newKind,
                publishAt,
                unpublishAt,
                newAttachments,
                authors);
    }

    public static ArticleText from(Article article) {
        return new ArticleText(
                article.getTitle(),
                article.getSummary(),
                article.getBody(),
                article.getCoverToken(),
                article.getCoverAlt(),
                article.getSource(),
                article.getTags(),
                article.getKind(),
                article.getPublishAt(),
                article.getUnpublishAt(),
                article.getAttachments(),
                article.getAuthors());
    }
}
