package vn.egov.portal.platform.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.i18n.control.Language;

/** The headers a generated document goes out with. */
class DocumentHeadersTest {

    private static GeneratedDocument named(String name, DocumentFormat format) {
        Document document = Document.titled("Giấy tiếp nhận", Language.VIETNAMESE, Instant.EPOCH)
                .paragraph("x")
                .build();
        return GeneratedDocument.of(document, format, name);
    }

    @Test
    void aVietnameseNameGoesOutExactlyAndAsAscii() {
        GeneratedDocument receipt = named("Giấy tiếp nhận HS-2026-000123", DocumentFormat.PDF);
        assertThat(receipt.fileName()).isEqualTo("Giấy tiếp nhận HS-2026-000123.pdf");
        assertThat(DocumentHeaders.of(receipt))
                .containsEntry("Content-Type", "application/pdf")
                .containsEntry(
                        "Content-Disposition",
                        "attachment; filename=\"giay-tiep-nhan-hs-2026-000123.pdf\"; filename*=UTF-8''"
                                + "Gi%E1%BA%A5y%20ti%E1%BA%BFp%20nh%E1%BA%ADn%20HS-2026-000123.pdf")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Cache-Control", "private, no-store");
    }

    @Test
    void quotesAndSeparatorsCannotBreakTheHeader() {
        String disposition = DocumentHeaders.disposition("a\"; filename=evil.exe;\r\n.csv");
        assertThat(disposition)
                .startsWith("attachment; filename=\"a-filename-evil-exe.csv\"; filename*=UTF-8''a%22%3B%20")
                .doesNotContain("\r")
                .doesNotContain("\n");
        assertThat(DocumentHeaders.ascii("???.ods")).isEqualTo("document.ods");
    }

    @Test
    void eachFormatHasItsExactTypeAndExtension() {
        assertThat(named("bao-cao", DocumentFormat.CSV).fileName()).isEqualTo("bao-cao.csv");
        assertThat(DocumentFormat.CSV.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(DocumentFormat.find(" ODS")).contains(DocumentFormat.ODS);
        assertThat(DocumentFormat.find("docx")).isEmpty();
        assertThat(named(" ", DocumentFormat.ODT).fileName()).isEqualTo("odt.odt");
    }
}
