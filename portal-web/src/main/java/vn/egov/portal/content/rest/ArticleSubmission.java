package vn.egov.portal.content.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.content.entity.ContentKind;

/**
 * An article as an integrator's system sends it (Article 11): text only, no uploaded media or
 * royalty shares, which the board adds while reviewing. The body is sanitised as the editor's is.
 */
@Schema(
        description = "An article pushed by an integrator; it waits in the site's review queue",
        example = "{\"site\":\"so-tu-phap\",\"category\":\"tin-tuc-su-kien\",\"lang\":\"vi\","
                + "\"title\":\"Hội nghị triển khai công tác tư pháp năm 2027\","
                + "\"summary\":\"Sở Tư pháp tổ chức hội nghị triển khai nhiệm vụ năm 2027.\","
                + "\"body\":\"<p>Sáng ngày 05/01/2027, Sở Tư pháp tổ chức hội nghị…</p>\","
                + "\"kind\":\"NEWS\",\"source\":\"Sở Tư pháp\"}")
public record ArticleSubmission(
        @Schema(description = "Slug of the site whose review queue receives it; the token's site", required = true)
                String site,
        @Schema(description = "Category code, e.g. tin-tuc-su-kien", required = true) String category,
        @Schema(description = "vi (default) or en") String lang,
        @Schema(description = "At most 500 characters", required = true) String title,
        @Schema(description = "At most 2000 characters") String summary,
        @Schema(description = "HTML; scripts, styles and unknown markup are removed") String body,
        @Schema(description = "NEWS (default), ARTICLE, PHOTO or VIDEO") ContentKind kind,
        @Schema(description = "Where the text comes from, at most 300 characters") String source,
        @Schema(description = "Comma-separated tags, at most 500 characters") String tags) {

    ArticleText text() {
        return new ArticleText(
                title,
                summary,
                body,
                null,
                null,
                source,
                tags,
                kind == null ? ContentKind.NEWS : kind,
                null,
                null,
                List.of(),
                List.of());
    }

    /** The answer to a submission: where the article stands; it is not public yet. */
    @Schema(
            example =
                    "{\"id\":4211,\"site\":\"so-tu-phap\",\"state\":\"SUBMITTED\","
                            + "\"title\":\"Hội nghị triển khai công tác tư pháp năm 2027\",\"submittedAt\":\"2027-01-05T02:00:00Z\"}")
    public record Submitted(long id, String site, String state, String title, Instant submittedAt) {
        static Submitted of(Article article) {
            return new Submitted(
                    article.getId(),
                    article.getSite().getSlug(),
                    article.getState().name(),
                    article.getTitle(),
                    article.getUpdatedAt());
        }
    }
}
