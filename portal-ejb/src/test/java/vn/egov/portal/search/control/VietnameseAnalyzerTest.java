package vn.egov.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseAnalyzerTest {

    @ParameterizedTest(name = "{0} -> folded [{1}], exact [{2}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cao Bằng | cao bang | cao bằng",
                "CAO BẰNG | cao bang | cao bằng",
                // "Bằng" with a combining breve and grave (NFD), as some keyboards and PDFs send it.
                "Cao Ba\u0306\u0300ng | cao bang | cao bằng",
                "Đàm Văn Êng | dam van eng | đàm văn êng",
                "ĐỒNG ĐĂNG | dong dang | đồng đăng",
                // The look-alike Ð (U+00D0, Icelandic eth) folds like Đ.
                "\u00D0ông Khê | dong khe | \u00F0ông khê",
                "Quyết định | quyet dinh | quyết định",
                "Cổng thông tin điện tử | cong thong tin dien tu | cổng thông tin điện tử",
                "Nguyễn Thị Hường | nguyen thi huong | nguyễn thị hường",
                "01/2014/QĐ-UBND | 01 2014 qd ubnd | 01 2014 qđ ubnd",
                "thủ tục: cấp phép (mới) | thu tuc cap phep moi | thủ tục cấp phép mới",
            })
    void foldsCaseAndDiacriticsOrKeepsThem(String text, String folded, String exact) throws IOException {
        assertThat(tokens(VietnameseAnalyzer.folded(), text)).containsExactly(folded.split(" "));
        assertThat(tokens(VietnameseAnalyzer.exact(), text)).containsExactly(exact.split(" "));
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
