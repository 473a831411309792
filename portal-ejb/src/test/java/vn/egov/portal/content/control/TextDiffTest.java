package vn.egov.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void paragraphsThatChangedShowAsRemovedAndAdded() {
        List<TextDiff.Part> parts = TextDiff.lines(
                "<p>Mở đầu.</p><p>Giá lúa 7.000 đồng/kg.</p><p>Kết.</p>",
                "<p>Mở đầu.</p><p>Giá lúa 7.500 đồng/kg.</p><p>Kết.</p><p>Thêm mới.</p>");

        assertThat(parts)
                .containsExactly(
                        new TextDiff.Part(TextDiff.Kind.SAME, "Mở đầu."),
                        new TextDiff.Part(TextDiff.Kind.REMOVED, "Giá lúa 7.000 đồng/kg."),
                        new TextDiff.Part(TextDiff.Kind.ADDED, "Giá lúa 7.500 đồng/kg."),
                        new TextDiff.Part(TextDiff.Kind.SAME, "Kết."),
                        new TextDiff.Part(TextDiff.Kind.ADDED, "Thêm mới."));
        assertThat(TextDiff.changed(parts)).isTrue();
    }

    @Test
    void wordsOfATitle() {
        assertThat(TextDiff.words("Hội nghị tổng kết năm", "Hội nghị sơ kết năm"))
                .extracting(TextDiff.Part::kind)
                .containsExactly(
                        TextDiff.Kind.SAME,
                        TextDiff.Kind.SAME,
                        TextDiff.Kind.REMOVED,
                        TextDiff.Kind.ADDED,
                        TextDiff.Kind.SAME,
                        TextDiff.Kind.SAME);
        assertThat(TextDiff.changed(TextDiff.words("Như cũ", "Như  cũ "))).isFalse();
        assertThat(TextDiff.words(null, "Mới")).containsExactly(new TextDiff.Part(TextDiff.Kind.ADDED, "Mới"));
    }
}
