package vn.egov.portal.platform.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.i18n.control.Language;

/** CSV: RFC 4180 quoting, formulas defused, BOM and CRLF, tables and labelled values in order. */
class CsvWriterTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Ủy ban nhân dân|Ủy ban nhân dân",
                "=1+1|'=1+1",
                "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
                "+84 912 345 678|'+84 912 345 678",
                "-5|'-5",
                "@SUM(A1)|'@SUM(A1)",
                "a,b|`\"a,b\"`",
                "say \"hi\"|`\"say \"\"hi\"\"\"`",
                "a'b|a'b",
                "1=1|1=1",
            })
    void fieldsAreQuotedAndDefused(String value, String written) {
        assertThat(CsvWriter.field(value)).isEqualTo(written);
    }

    @Test
    void controlCharactersFirstAreDefusedAndLineBreaksQuoted() {
        assertThat(CsvWriter.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.field("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void numbersAreWrittenPlainAndNeverDefused() {
        assertThat(CsvWriter.line(List.of(Cell.number(new BigDecimal("-1250000.50")), Cell.text("-1"))))
                .isEqualTo("-1250000.50,'-1\r\n");
    }

    @Test
    void theFileIsUtf8WithBomAndCrlfAndHoldsTablesAndFields() throws IOException {
        Document document = Document.titled("Báo cáo", Language.VIETNAMESE, Instant.EPOCH)
                .heading("Không có trong CSV")
                .fields(f -> f.field("Kỳ", "11/2026"))
                .paragraph("Không có trong CSV")
                .table(Table.widths(1, 1)
                        .header("Đơn vị", "Số hồ sơ")
                        .row(Cell.text("Sở Tư pháp"), Cell.number(12))
                        .build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(document, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Kỳ,11/2026\r\n\r\nĐơn vị,Số hồ sơ\r\nSở Tư pháp,12\r\n");
    }
}
