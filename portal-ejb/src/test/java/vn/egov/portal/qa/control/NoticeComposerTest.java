package vn.egov.portal.qa.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.egov.portal.qa.entity.Citation;

class NoticeComposerTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static NoticeComposer composer(Locale locale) {
        return new NoticeComposer(
                ResourceBundle.getBundle("vn.egov.portal.i18n.messages", locale),
                locale,
                "Cổng Thông tin điện tử tỉnh Cao Bằng",
                "http://www.caobang.gov.vn/hoi-dap/tra-cuu.xhtml");
    }

    @Test
    void theReceiptGivesTheCodeTheDueDateAndWhereToFollow() {
        NoticeComposer.Mail mail = composer(VI)
                .received(
                        "HD-7K3M-9QXP",
                        "Đăng ký khai sinh",
                        ZonedDateTime.of(2026, 12, 1, 16, 45, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")),
                        LocalDate.of(2026, 12, 22),
                        15);

        assertThat(mail.subject()).isEqualTo("[Cổng Thông tin điện tử tỉnh Cao Bằng] Đã nhận câu hỏi HD-7K3M-9QXP");
        assertThat(mail.body())
                .startsWith("Kính gửi Ông/Bà,")
                .contains(
                        "lúc 16:45 01/12/2026",
                        "Mã tra cứu: HD-7K3M-9QXP",
                        "Hạn trả lời: 22/12/2026 (15 ngày làm việc",
                        "http://www.caobang.gov.vn/hoi-dap/tra-cuu.xhtml")
                .doesNotContain("{", "qa.mail");
    }

    @Test
    void aRefusedComplaintSaysWhyAndWhereToTurn() {
        NoticeComposer.Mail mail = composer(Locale.ENGLISH)
                .refused(
                        "HD-7K3M-9QXP",
                        "qa.refusal.COMPLAINT_OR_DENUNCIATION",
                        "Under the Law on Denunciations.",
                        "Please send it to the Citizen Reception Board.");

        assertThat(mail.subject()).contains("Question HD-7K3M-9QXP not accepted");
        assertThat(mail.body())
                .contains("Reason: A complaint or denunciation", "Note: Under the Law on Denunciations.")
                .contains("Citizen Reception Board")
                .doesNotContain("qa.refusal");
    }

    @Test
    void theAnswerCarriesItsCitationsAndTheDisclaimer() {
        NoticeComposer.Mail mail = composer(VI)
                .answered(
                        "HD-7K3M-9QXP",
                        "Sở Tư pháp",
                        "Công dân nộp hồ sơ tại UBND cấp xã.",
                        List.of(new Citation(
                                "123/2015/NĐ-CP",
                                "Quy định chi tiết Luật Hộ tịch",
                                LocalDate.of(2015, 11, 15),
                                "Chính phủ",
                                null)),
                        "Câu trả lời chỉ có ý nghĩa tham khảo.");

        assertThat(mail.body())
                .contains("Sở Tư pháp trả lời câu hỏi HD-7K3M-9QXP như sau:", "Công dân nộp hồ sơ tại UBND cấp xã.")
                .contains("- 123/2015/NĐ-CP, ngày 15/11/2015, của Chính phủ: Quy định chi tiết Luật Hộ tịch")
                .contains("Lưu ý: Câu trả lời chỉ có ý nghĩa tham khảo.");
    }

    @Test
    void aProgressNoticeNamesTheNewDate() {
        NoticeComposer.Mail mail = composer(VI).promised("HD-7K3M-9QXP", "Sở Tư pháp", LocalDate.of(2027, 1, 15), null);

        assertThat(mail.body())
                .contains("Sở Tư pháp đang xử lý câu hỏi HD-7K3M-9QXP và sẽ trả lời trước ngày 15/01/2027.");
        assertThat(mail.body()).doesNotContain("Ghi chú");
    }
}
