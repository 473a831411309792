package vn.egov.portal.platform.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @Test
    void decomposedVietnameseBecomesComposed() {
        String decomposed = Normalizer.normalize("Cao Bằng", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("Cao Bằng");
        assertThat(Text.nfc(decomposed)).isEqualTo("Cao Bằng");
    }

    @ParameterizedTest
    @CsvSource({
        "Cao Bằng, cao bang",
        "ĐÀM VĂN ENG, dam van eng",
        "Sở Tư pháp, so tu phap",
        "Quyết định 01/2014/QĐ-UBND, quyet dinh 01/2014/qd-ubnd",
        "Hỏi – Đáp, hoi – dap"
    })
    void foldsDiacriticsAndCase(String text, String folded) {
        assertThat(Text.fold(text)).isEqualTo(folded);
    }

    @Test
    void cleanCollapsesSpacesAndBlankBecomesNull() {
        assertThat(Text.clean("  Sở   Y tế \n")).isEqualTo("Sở Y tế");
        assertThat(Text.clean("   ")).isNull();
        assertThat(Text.clean(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}: storable {2}")
    @CsvSource({
        "a NUL, 'Thủ tục\u0000cấp phép', false",
        "a bell, 'Thủ tục\u0007', false",
        "a right-to-left override, 'Hồ sơ \u202Efdp.exe', false",
        "a left-to-right embedding, 'x\u202Ay', false",
        "a first-strong isolate, 'x\u2068y', false",
        "a lone high surrogate, 'x\uD800y', false",
        "a lone low surrogate, 'x\uDC00', false",
        "a noncharacter, 'x\uFFFF', false",
        "Vietnamese, 'Hỏi – Đáp về thủ tục hành chính', true",
        "lines and tabs, 'dòng 1\n\tdòng 2\r\n', true",
        "an emoji pair, 'Cảm ơn \uD83D\uDE4F', true",
        "a joiner inside an emoji, '\uD83D\uDC68\u200D\uD83D\uDC69', true"
    })
    void textWithCharactersThatCannotBeStoredOrShownSafelyIsNotStorable(String what, String text, boolean storable) {
        assertThat(Text.isStorable(text)).as(what).isEqualTo(storable);
        assertThat(Text.isStorable(null)).isTrue();
    }

    @Test
    void invisibleCharactersAloneAreBlank() {
        assertThat(Text.clean("\u200B\u200B\uFEFF \u2060")).isNull();
        assertThat(Text.isBlank("\u200B\u200C\u200D")).isTrue();
        assertThat(Text.clean("\u200BCao Bằng\u200B")).isEqualTo("Cao Bằng");
        assertThat(Text.isBlank("\u200BCao Bằng")).isFalse();
    }
}
