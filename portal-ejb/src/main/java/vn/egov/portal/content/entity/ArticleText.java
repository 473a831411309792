package vn.egov.portal.content.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;

/**
 * What an editor types into an article: the fields that are kept as revisions and merged on conflicts.
 * Its constraints are the article's input rules, checked once, before the text is cleaned and stored.
 */
public record ArticleText(
        @Required(message = "{article.error.titleRequired}")
                @MaxLength(value = 500, message = "{article.error.titleTooLong}")
                String title,
        @MaxLength(value = 2000, message = "{article.error.summaryTooLong}") String summary,
        @MaxLength(value = 1_000_000, message = "{article.error.bodyTooLong}") String body,
        @MaxLength(40) String coverToken,
        @MaxLength(300) String coverAlt,
        @MaxLength(300) String source,
        @MaxLength(500) String tags,
        @NotNull(message = "{article.error.kind}") ContentKind kind,
        Instant publishAt,
        Instant unpublishAt,
        @NotNull(message = "{error.input.required}")
                List<@NotNull(message = "{error.input.required}") @MaxLength(40) String> attachments,
        @NotNull(message = "{error.input.required}")
                List<@NotNull(message = "{article.error.authorIncomplete}") @Valid ArticleAuthor> authors) {

    /** A cover image is described for readers who cannot see it (WCAG 1.1.1). */
    @AssertTrue(message = "{article.error.coverAltRequired}")
    private boolean isCoverAlt() {
        return Text.isBlank(coverToken) || !Text.isBlank(coverAlt);
    }

    @AssertTrue(message = "{article.error.unpublishBeforePublish}")
    private boolean isUnpublishAt() {
        return publishAt == null || unpublishAt == null || unpublishAt.isAfter(publishAt);
    }

    /** The royalty is shared out whole: the authors' shares add up to 100 %, or nobody is named. */
    @AssertTrue(message = "{article.error.sharesNotHundred}")
    private boolean isAuthors() {
        return authors == null
                || authors.isEmpty()
                || authors.stream()
                                .mapToInt(author -> author == null ? 0 : author.getSharePercent())
                                .sum()
                        == 100;
    }

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
