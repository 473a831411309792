package vn.egov.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prohibited-content rules: Vietnamese diacritics, word boundaries, positions for highlighting. */
class ContentScreenTest {

    private final ContentScreen screen = new ContentScreen(List.of(
            new ContentScreen.Rule("phản động", true),
            new ContentScreen.Rule("bom", false),
            new ContentScreen.Rule("Đánh bạc", true)));

    @ParameterizedTest(name = "\"{0}\" -> {1} hit(s)")
    @CsvSource(
            delimiter = '|',
            value = {
                "Bài viết có nội dung phản động cần xử lý.|1",
                "Bài viết có nội dung PHẢN ĐỘNG cần xử lý.|1",
                "Bài viết có nội dung phan dong cần xử lý.|1",
                "Phản ứng động cơ mới.|0",
                "Người dân phát hiện quả bom chưa nổ.|1",
                "Trạm bơm nước xã Đàm Thủy.|0",
                "Tổ chức bombay không liên quan.|0",
                "Bắt giữ nhóm đánh bạc tại chợ.|1",
                "Bắt giữ nhóm danh bac tại chợ.|1",
                "Tin tức bình thường về nông nghiệp.|0",
                "bom bom|2",
            })
    void matchesFollowVietnameseRules(String text, int expectedHits) {
        assertThat(screen.screen(text)).hasSize(expectedHits);
    }

    @Test
    void decomposedInputIsScreenedLikeComposedInput() {
        String decomposed = Normalizer.normalize("nội dung phản động", Normalizer.Form.NFD);

        assertThat(screen.screen(decomposed)).hasSize(1);
    }

    @Test
    void hitsCarryPositionsThatHighlightTheOriginalText() {
        String text = "Nội dung <phản động> & khác";

        List<ContentScreen.Hit> hits = screen.screen(text);

        assertThat(hits).singleElement().satisfies(hit -> assertThat(text.substring(hit.start(), hit.end()))
                .isEqualTo("phản động"));
        assertThat(Highlighter.mark(text, hits)).isEqualTo("Nội dung &lt;<mark>phản động</mark>&gt; &amp; khác");
    }

    @Test
    void blankRulesAndTextFindNothing() {
        assertThat(new ContentScreen(List.of(new ContentScreen.Rule("  ", true))).screen("bất kỳ"))
                .isEmpty();
        assertThat(screen.screen(null)).isEmpty();
    }
}
