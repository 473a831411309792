package vn.egov.portal.platform.document.control;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import vn.egov.portal.platform.i18n.control.Language;

/** Documents the writer tests share: a receipt-like one with Vietnamese text and a table of many pages. */
final class SampleDocuments {

    static final String AUTHORITY = "Ủy ban nhân dân tỉnh Cao Bằng";
    static final Instant CREATED = Instant.parse("2026-12-02T03:04:05Z");

    private SampleDocuments() {}

    /** {@code rows} rows in the table; 120 take three A4 pages. */
    static Document summary(Language language, int rows) {
        Table.Builder table = Table.widths(1, 6, 2, 3).header("STT", "Thủ tục hành chính", "Số hồ sơ", "Phí (đồng)");
        for (int i = 1; i <= rows; i++) {
            table.row(
                    Cell.number(i),
                    Cell.text("Cấp giấy phép xây dựng nhà ở riêng lẻ số " + i),
                    Cell.number(i * 3L),
                    Cell.number(new BigDecimal("1250000.5").multiply(BigDecimal.valueOf(i))));
        }
        return Document.titled("Bảng tổng hợp hồ sơ tháng 11/2026", language, CREATED)
                .author("Sở Tư pháp")
                .subject("Tổng hợp")
                // Decomposed on purpose: the model stores NFC whatever it is given.
                .heading(Normalizer.normalize(AUTHORITY, Normalizer.Form.NFD))
                .paragraph("Đơn vị: hồ sơ.\nKỳ báo cáo: tháng 11  năm 2026 & <trước>.")
                .fields(f -> f.field("Mã hồ sơ", "HS-2026-000123").field("Ngày hẹn trả", "09/12/2026"))
                .table(table.build())
                .footer("Cổng thông tin điện tử tỉnh Cao Bằng")
                .build();
    }
}
