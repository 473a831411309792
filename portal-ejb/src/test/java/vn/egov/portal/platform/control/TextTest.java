package vn.egov.portal.platform.control;

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
}
