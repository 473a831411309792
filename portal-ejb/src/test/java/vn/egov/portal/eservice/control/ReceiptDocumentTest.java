package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.document.control.Block;
import vn.egov.portal.platform.document.control.Document;
import vn.egov.portal.platform.document.control.DocumentFormat;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.document.control.Table;

/** The receipt says what the applicant keeps: code, procedure, agency, times in the portal's zone, files, tracking. */
class ReceiptDocumentTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    // 16:45 on 2 December 2026 in Hanoi: the day differs from UTC's only after 17:00, the hour does
    private static final Instant RECEIVED = Instant.parse("2026-12-02T09:45:00Z");

    private static ReceiptDocument.Facts facts(LocalDate due, Integer remaining) {
        return new ReceiptDocument.Facts(
                "DV-7K2M-Q9XA",
                "2.000488.000.00.00.H12",
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
                "Sở Tư pháp",
                "Nguyễn Thị Bích Ngọc",
                RECEIVED,
                10,
                due,
                remaining,
                List.of(
                        new ReceiptDocument.Received(1, "Tờ khai yêu cầu cấp Phiếu", "to-khai.pdf", false),
                        new ReceiptDocument.Received(2, "Bản chụp căn cước", "can-cuoc.jpg", false),
                        new ReceiptDocument.Received(2, "Bản chụp căn cước", "can-cuoc-ro.jpg", true)),
                "https://caobang.gov.vn/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml",
                "Cổng thông tin điện tử tỉnh Cao Bằng");
    }

    private static Map<String, String> fields(Document document) {
        return document.blocks().stream()
                .filter(Block.Fields.class::isInstance)
                .flatMap(block -> ((Block.Fields) block).fields().stream())
                .collect(Collectors.toMap(Block.Field::label, Block.Field::value));
    }

    @Test
    void namesTheDossierProcedureAgencyApplicantAndTheDatesInThePortalsZone() {
        Document receipt = ReceiptDocument.of(facts(LocalDate.of(2026, 12, 16), null), ZONE, RECEIVED);

        assertThat(receipt.title()).isEqualTo("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        assertThat(fields(receipt))
                .containsEntry("Mã hồ sơ / Dossier code", "DV-7K2M-Q9XA")
                .containsEntry(
                        "Thủ tục / Procedure",
                        "2.000488.000.00.00.H12 – Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")
                .containsEntry("Cơ quan giải quyết / Competent agency", "Sở Tư pháp")
                .containsEntry("Người nộp hồ sơ / Applicant", "Nguyễn Thị Bích Ngọc")
                .containsEntry("Thời điểm tiếp nhận / Received at", "16:45 02/12/2026")
                .containsEntry("Ngày hẹn trả kết quả / Appointment date for the result", "16/12/2026");
        assertThat(receipt.blocks())
                .filteredOn(Block.Paragraph.class::isInstance)
                .extracting(block -> ((Block.Paragraph) block).text())
                .anySatisfy(text -> assertThat(text)
                        .contains("https://caobang.gov.vn/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml", "DV-7K2M-Q9XA"));
        assertThat(ReceiptDocument.fileName("DV-7K2M-Q9XA")).isEqualTo("Giấy tiếp nhận DV-7K2M-Q9XA");
    }

    @Test
    void listsEveryFileReceivedByComponentAndMarksTheSupplement() {
        Table files = ReceiptDocument.of(facts(LocalDate.of(2026, 12, 16), null), ZONE, RECEIVED)
                .tables()
                .get(0);

        assertThat(files.headerRows().get(0))
                .containsExactly("STT / No.", "Thành phần hồ sơ / Component", "Tệp đã nộp / File sent");
        assertThat(files.rows()).hasSize(3);
        assertThat(files.rows().get(0).get(1).text()).isEqualTo("Tờ khai yêu cầu cấp Phiếu");
        assertThat(files.rows().get(1).get(2).text()).isEqualTo("can-cuoc.jpg");
        assertThat(files.rows().get(2).get(2).text()).isEqualTo("can-cuoc-ro.jpg (bổ sung / supplement)");
    }

    @Test
    void aStoppedClockSaysSoWithTheWorkingDaysLeftInsteadOfADate() {
        Document receipt = ReceiptDocument.of(facts(null, 6), ZONE, RECEIVED);

        assertThat(fields(receipt).get("Ngày hẹn trả kết quả / Appointment date for the result"))
                .startsWith("Tạm dừng tính thời hạn chờ bổ sung; còn 6 ngày làm việc")
                .contains("6 working days left");
    }

    @Test
    void onceErasedTheReceiptSaysSoInsteadOfTheApplicant() {
        ReceiptDocument.Facts kept = facts(LocalDate.of(2026, 12, 16), null);
        ReceiptDocument.Facts erased = new ReceiptDocument.Facts(
                kept.code(),
                kept.procedureCode(),
                kept.procedureName(),
                kept.agencyName(),
                null,
                kept.receivedAt(),
                kept.processingDays(),
                kept.dueDate(),
                null,
                List.of(),
                kept.trackingAddress(),
                kept.siteName());

        Document receipt = ReceiptDocument.of(erased, ZONE, RECEIVED);

        assertThat(fields(receipt))
                .containsEntry("Người nộp hồ sơ / Applicant", "(đã xóa theo yêu cầu) / (erased on request)");
        assertThat(receipt.tables().get(0).rows()).isEmpty();
    }

    @Test
    void thePdfReadsBackInVietnameseWithoutTheSecret() throws IOException {
        byte[] pdf = GeneratedDocument.of(
                        ReceiptDocument.of(facts(LocalDate.of(2026, 12, 16), null), ZONE, RECEIVED),
                        DocumentFormat.PDF,
                        ReceiptDocument.fileName("DV-7K2M-Q9XA"))
                .bytes();
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains("DV-7K2M-Q9XA", "16/12/2026", "Sở Tư pháp", "Nguyễn Thị Bích Ngọc", "to-khai.pdf")
                    .contains("Giấy này không ghi mã bí mật");
        }
    }
}
