package vn.egov.portal.content.control;

import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.media.control.RichText;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * Prepares what an editor typed for storage: NFC everywhere, rich text through the sanitiser. What may
 * be stored at all is said once, by the constraints of {@link ArticleText}.
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
