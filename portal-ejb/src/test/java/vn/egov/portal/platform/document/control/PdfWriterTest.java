package vn.egov.portal.platform.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.i18n.control.Language;

/** The PDF read back: Vietnamese text, the embedded font, pages numbered, header rows repeated. */
class PdfWriterTest {

    private static PdfReader read(Document document) throws IOException {
        return new PdfReader(
                GeneratedDocument.of(document, DocumentFormat.PDF, "x").bytes());
    }

    @Test
    void vietnameseTextRoundTrips() throws IOException {
        PdfReader pdf = read(SampleDocuments.summary(Language.VIETNAMESE, 3));
        String first = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(first)
                .contains(SampleDocuments.AUTHORITY)
                .contains("Bảng tổng hợp hồ sơ tháng 11/2026")
                .contains("Mã hồ sơ: HS-2026-000123")
                .contains("Cấp giấy phép xây dựng nhà ở riêng lẻ số 3")
                .contains("3.750.001,5")
                .contains("Trang 1/1");
        assertThat(pdf.getInfo()).containsEntry("Title", "Bảng tổng hợp hồ sơ tháng 11/2026");
    }

    @Test
    void theFontIsEmbedded() throws IOException {
        PdfReader pdf = read(SampleDocuments.summary(Language.VIETNAMESE, 3));
        List<String> fonts = new ArrayList<>();
        List<String> embedded = new ArrayList<>();
        for (int i = 0; i < pdf.getXrefSize(); i++) {
            PdfObject object = PdfReader.getPdfObject(pdf.getPdfObject(i));
            if (object instanceof PdfDictionary dictionary) {
                if (PdfName.FONT.equals(dictionary.get(PdfName.TYPE)) && dictionary.get(PdfName.BASEFONT) != null) {
                    fonts.add(dictionary.get(PdfName.BASEFONT).toString());
                }
                if (PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))
                        && dictionary.get(PdfName.FONTFILE2) != null) {
                    embedded.add(dictionary.get(PdfName.FONTNAME).toString());
                }
            }
        }
        // Regular and bold on the pages, the footer's subset of the regular face stamped after; no
        // standard font (Helvetica) that the reader's machine would have to supply.
        assertThat(fonts).allMatch(name -> name.contains("DejaVuSans")).contains(embedded.toArray(String[]::new));
        assertThat(embedded).hasSize(3).allMatch(name -> name.contains("DejaVuSans"));
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderRepeated() throws IOException {
        PdfReader pdf = read(SampleDocuments.summary(Language.VIETNAMESE, 120));
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isGreaterThan(2);
        PdfTextExtractor text = new PdfTextExtractor(pdf);
        for (int page = 2; page <= pages; page++) {
            assertThat(text.getTextFromPage(page))
                    .contains("Thủ tục hành chính")
                    .contains("Trang " + page + "/" + pages)
                    .contains("Cổng thông tin điện tử tỉnh Cao Bằng");
        }
        assertThat(text.getTextFromPage(pages)).contains("150.000.060");
    }

    @Test
    void pagesAreNumberedInTheDocumentsLanguage() throws IOException {
        PdfReader pdf = read(SampleDocuments.summary(Language.ENGLISH, 3));
        assertThat(new PdfTextExtractor(pdf).getTextFromPage(1))
                .contains("Page 1 of 1")
                .contains("3,750,001.5");
    }

    @Test
    void aNarrowColumnsHeaderKeepsItsWordsWhole() throws IOException {
        // The monthly report's article section: three label columns, three narrow number columns.
        Table table = Table.widths(4, 4, 4, 2, 2, 2)
                .header(
                        "Chuyên mục / Category",
                        "Cổng thành phần / Sub-portal",
                        "Cơ quan / Agency",
                        "Đã đăng / Published",
                        "Cập nhật / Updated",
                        "Gỡ xuống / Unpublished")
                .row("Tin tức", "Sở Tư pháp", "Sở Tư pháp", "1", "2", "3")
                .build();
        Document document = Document.titled("Báo cáo", Language.VIETNAMESE, SampleDocuments.CREATED)
                .table(table)
                .build();
        String text = new PdfTextExtractor(read(document)).getTextFromPage(1);
        assertThat(text).contains("Category", "Published", "Updated", "Unpublished");
    }
}
