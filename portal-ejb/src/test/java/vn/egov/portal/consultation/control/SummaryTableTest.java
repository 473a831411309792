package vn.egov.portal.consultation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.egov.portal.consultation.entity.AnswerVerdict;
import vn.egov.portal.consultation.entity.Comment;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.consultation.entity.PartKind;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.privacy.entity.Contact;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.OrgUnitKind;

/** The summary table as the agency's answers make it: one row per comment or campaign, in the draft's order. */
class SummaryTableTest {

    private static final Instant AT = Instant.parse("2026-04-02T03:00:00Z");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Consultation consultation = consultation();
    private final DraftPart article1 = consultation.getParts().get(1);
    private final DraftPart article2 = consultation.getParts().get(2);

    private static Consultation consultation() {
        Consultation c = new Consultation(
                "du-thao",
                new OrgUnit(
                        new Slug("so-tu-phap"),
                        LocalizedText.of("Sở Tư pháp", "Department of Justice"),
                        OrgUnitKind.PROVINCE,
                        null,
                        1),
                AT);
        c.describe("Dự thảo", "Tóm tắt", "Nguyễn Văn A", null, null, AT, AT.plusSeconds(86400 * 30), null);
        c.replaceDraft(
                "…",
                List.of(
                        new SplitPart(PartKind.CHAPTER, "I", "QUY ĐỊNH CHUNG", ""),
                        new SplitPart(PartKind.ARTICLE, "1", "Phạm vi điều chỉnh", "…"),
                        new SplitPart(PartKind.ARTICLE, "2", "Đối tượng áp dụng", "…")),
                true);
        return c;
    }

    private Comment comment(DraftPart part, String body, String name, boolean showName) {
        return new Comment(consultation, part, body, new Contact(name, null, "x@example.vn"), showName, "1", true, AT);
    }

    @Test
    void hasOneRowPerGroupInTheOrderOfTheDraftWithItsAnswer() {
        Comment onArticle2 = comment(article2, "Bổ sung hộ kinh doanh.", "Trần Thị B", true);
        onArticle2.answer(AnswerVerdict.NOT_ACCEPTED, "Đã có tại khoản 1.", AT, "so-tu-phap");
        Comment general = comment(null, "Sớm ban hành.", null, false);
        general.answer(AnswerVerdict.ACCEPTED, "Tiếp thu.", AT, "so-tu-phap");
        List<Comment> campaign = List.of(
                comment(article1, "Đề nghị giữ nguyên.", "Người 1", true),
                comment(article1, "Đề nghị giữ nguyên!", "Người 2", true),
                comment(article1, "đề nghị giữ nguyên", "Người 3", true));
        campaign.forEach(c -> c.answer(AnswerVerdict.PARTLY_ACCEPTED, "Giữ một phần.", AT, "so-tu-phap"));

        List<SummaryTable.Row> rows = SummaryTable.of(List.of(List.of(onArticle2), campaign, List.of(general)), VI);

        assertThat(rows)
                .extracting(SummaryTable.Row::part)
                .containsExactly("Toàn bộ dự thảo", "Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng");
        assertThat(rows)
                .extracting(SummaryTable.Row::verdict)
                .containsExactly(AnswerVerdict.ACCEPTED, AnswerVerdict.PARTLY_ACCEPTED, AnswerVerdict.NOT_ACCEPTED);
        SummaryTable.Row campaignRow = rows.get(1);
        assertThat(campaignRow.copies()).isEqualTo(3);
        assertThat(campaignRow.comment()).isEqualTo("Đề nghị giữ nguyên.");
        assertThat(campaignRow.explanation()).isEqualTo("Giữ một phần.");
        // no single signer speaks for a campaign; a lone commenter only if they agreed
        assertThat(campaignRow.commenter()).isNull();
        assertThat(rows.get(2).commenter()).isEqualTo("Trần Thị B");
        assertThat(rows.get(0).commenter()).isNull();
        assertThat(SummaryTable.unanswered(rows)).isZero();
    }

    @Test
    void aGroupWithoutAnAnswerIsCountedAndShownWithout() {
        Comment answered = comment(article1, "A", null, false);
        answered.answer(AnswerVerdict.ACCEPTED, "Tiếp thu.", AT, "x");
        Comment open = comment(article2, "B", null, false);

        List<SummaryTable.Row> rows = SummaryTable.of(List.of(List.of(answered), List.of(open), List.of()), VI);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).isAnswered()).isFalse();
        assertThat(rows.get(1).explanation()).isNull();
        assertThat(SummaryTable.unanswered(rows)).isEqualTo(1);
    }

    @Test
    void labelsFollowTheLanguage() {
        assertThat(SummaryTable.label(article1, Locale.ENGLISH)).isEqualTo("Article 1. Phạm vi điều chỉnh");
        assertThat(SummaryTable.label(consultation.getParts().get(0), VI)).isEqualTo("Chương I. QUY ĐỊNH CHUNG");
        assertThat(SummaryTable.label(null, Locale.ENGLISH)).isEqualTo("The whole draft");
    }

    @Test
    void onlyAPublishedCommentIsAnswered() {
        Comment pending =
                new Comment(consultation, article1, "C", new Contact(null, null, null), false, "1", false, AT);
        assertThatThrownBy(() -> pending.answer(AnswerVerdict.ACCEPTED, "x", AT, "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(pending.isAnswered()).isFalse();
    }
}
