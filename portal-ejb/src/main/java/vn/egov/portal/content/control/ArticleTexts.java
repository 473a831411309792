package vn.egov.portal.content.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.platform.control.Slug;
import vn.egov.portal.platform.control.Text;

/**
 * Prepares what an editor typed for storage: NFC everywhere, rich text through the sanitiser, and a
 * message key per field for everything that cannot be stored.
 */
public final class ArticleTexts {

    private ArticleTexts() {}

    public static ArticleText clean(ArticleText text) {
        return new ArticleText(
                Text.clean(text.title()),
                Text.clean(text.summary()),
                RichText.sanitize(Text.nfc(text.body())),
                Text.clean(text.coverToken()),
                Text.clean(text.coverAlt()),
                Text.clean(text.source()),
                Text.clean(text.tags()),
                text.kind(),
                text.publishAt(),
                text.unpublishAt(),
                text.attachments().stream()
                        .map(Text::clean)
                        .filter(t -> t != null)
                        .toList(),
                text.authors().stream()
                        .map(a -> new ArticleAuthor(
                                Text.clean(a.getName()), Text.clean(a.getAccount()), a.getSharePercent()))
                        .toList());
    }

    /** Field name to message key for every rule the cleaned text breaks; empty when it may be stored. */
    public static Map<String, String> problems(ArticleText text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (text.title() == null) {
            errors.put("title", "article.error.titleRequired");
        } else if (text.title().length() > 500) {
            errors.put("title", "article.error.titleTooLong");
        }
        if (text.summary() != null && text.summary().length() > 2000) {
            errors.put("summary", "article.error.summaryTooLong");
        }
        if (text.body() != null && text.body().length() > 1_000_000) {
            errors.put("body", "article.error.bodyTooLong");
        }
        if (text.coverToken() != null && text.coverAlt() == null) {
            errors.put("coverAlt", "article.error.coverAltRequired");
        }
        if (text.publishAt() != null
                && text.unpublishAt() != null
                && !text.unpublishAt().isAfter(text.publishAt())) {
            errors.put("unpublishAt", "article.error.unpublishBeforePublish");
        }
        List<ArticleAuthor> authors = text.authors();
        if (!authors.isEmpty()
                && authors.stream().mapToInt(ArticleAuthor::getSharePercent).sum() != 100) {
            errors.put("authors", "article.error.sharesNotHundred");
        }
        if (authors.stream().anyMatch(a -> a.getName() == null || a.getSharePercent() <= 0)) {
            errors.put("authors", "article.error.authorIncomplete");
        }
        return errors;
    }

    public static String slugOf(String title) {
        try {
            return Slug.fromTitle(title).value();
        } catch (IllegalArgumentException noLetters) {
            return "bai-viet";
        }
    }

    /** Title and summary without diacritics, for search that forgives missing marks. */
    public static String searchTextOf(ArticleText text) {
        String folded = Text.fold(text.title() + " " + (text.summary() == null ? "" : text.summary()));
        return folded.length() > 2600 ? folded.substring(0, 2600) : folded;
    }
}
