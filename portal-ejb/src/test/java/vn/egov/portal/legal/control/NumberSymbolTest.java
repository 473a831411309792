package vn.egov.portal.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberSymbolTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}, key {2}, path {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "01/2014/QĐ-UBND        | 01/2014/QĐ-UBND  | 1/2014/QD-UBND  | 2014/1/qd-ubnd",
                "01 /2014/QĐ-UBND       | 01/2014/QĐ-UBND  | 1/2014/QD-UBND  | 2014/1/qd-ubnd",
                "Số: 01/2014/QĐ-UBND    | 01/2014/QĐ-UBND  | 1/2014/QD-UBND  | 2014/1/qd-ubnd",
                "01/2014/QÐ-UBND        | 01/2014/QĐ-UBND  | 1/2014/QD-UBND  | 2014/1/qd-ubnd",
                "1/2014/qd-ubnd         | 1/2014/qd-ubnd   | 1/2014/QD-UBND  | 2014/1/qd-ubnd",
                "97/2008/NĐ-CP          | 97/2008/NĐ-CP    | 97/2008/ND-CP   | 2008/97/nd-cp",
                "26/2009/TT-BTTTT       | 26/2009/TT-BTTTT | 26/2009/TT-BTTTT | 2009/26/tt-btttt",
                "123/UBND-VX            | 123/UBND-VX      | 123/UBND-VX     | 2019/123/ubnd-vx",
                "45/2019/QH14           | 45/2019/QH14     | 45/2019/QH14    | 2019/45/qh14",
                "05/2021/QĐ-TTg         | 05/2021/QĐ-TTg   | 5/2021/QD-TTG   | 2021/5/qd-ttg",
                "10/2016/TTLT-BTC-BTP   | 10/2016/TTLT-BTC-BTP | 10/2016/TTLT-BTC-BTP | 2016/10/ttlt-btc-btp",
                "12/2020/NQ-HĐND        | 12/2020/NQ-HĐND  | 12/2020/NQ-HDND | 2020/12/nq-hdnd"
            })
    void validForms(String typed, String text, String key, String path) {
        NumberSymbol parsed = NumberSymbol.parse(typed);

        assertThat(parsed.text()).isEqualTo(text);
        assertThat(parsed.key()).isEqualTo(key);
        assertThat(parsed.path(2019)).isEqualTo(path);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "",
                "   ",
                "abc",
                "01-2014-QĐ-UBND",
                "/2014/QĐ-UBND",
                "01/14/QĐ-UBND",
                "01/2014/",
                "01/2014/QĐ",
                "0/2014/QĐ-UBND",
                "01/2014/QĐ--UBND",
                "01/2014/QĐ-UBND-",
                "01/1800/QĐ-UBND",
                "1234567/2014/QĐ-UBND",
                "01/2014/QĐ UBND",
                "01/2014/QĐ-ỦBND",
                "123/UBND",
                "01/2014/-UBND",
                "01/2014/QĐ-UBND/5"
            })
    void invalidForms(String typed) {
        assertThat(NumberSymbol.tryParse(typed)).isEmpty();
        assertThatThrownBy(() -> NumberSymbol.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("01/2014/QĐ-UBND");
    }

    @Test
    void theDecomposedAndComposedFormsMeet() {
        String decomposed = java.text.Normalizer.normalize("12/2020/NQ-HĐND", java.text.Normalizer.Form.NFD);

        assertThat(NumberSymbol.parse(decomposed).key())
                .isEqualTo(NumberSymbol.parse("12/2020/NQ-HĐND").key());
    }

    @Test
    void theTypeAbbreviationComesFromTheSymbol() {
        assertThat(NumberSymbol.parse("97/2008/NĐ-CP").typeAbbreviation()).contains("NĐ");
        assertThat(NumberSymbol.parse("123/UBND-VX").typeAbbreviation()).isEmpty();
    }

    @ParameterizedTest(name = "the number alone \"{0}\" finds keys starting \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {"15 | 15/", "015 | 15/", " 15 | 15/", "Số 15 | 15/", "15/2010 | 15/2010/", "15/2010/ | 15/2010/"})
    void aNumberAloneFindsEveryDocumentSoNumbered(String typed, String prefix) {
        assertThat(NumberSymbol.keyPrefix(typed)).contains(prefix);
        assertThat(NumberSymbol.parse("15/2010/TT-BTTTT").key())
                .startsWith(NumberSymbol.keyPrefix("15").orElseThrow());
    }

    @ParameterizedTest(name = "\"{0}\" is not a number alone")
    @ValueSource(strings = {"", "0", "15/2010/TT-BTTTT", "123/UBND-VX", "15/10", "QĐ-UBND", "1234567"})
    void aFullNumberAndSymbolOrTextIsNotANumberAlone(String typed) {
        assertThat(NumberSymbol.keyPrefix(typed)).isEmpty();
    }
}
