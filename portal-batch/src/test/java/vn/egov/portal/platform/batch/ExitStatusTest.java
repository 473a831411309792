package vn.egov.portal.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitStatusTest {

    @ParameterizedTest(name = "{0} reads \"{1}\" / \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "COMPLETED             | Hoàn thành | Completed",
                "MAILS_SENT 0          | Không có thư nào cần gửi | No mail to send",
                "MAILS_SENT 3          | Đã gửi 3 thư | 3 mails sent",
                "MAILS_WAITING 2       | 2 thư đang chờ trong hộp thư đi vì chưa cấu hình máy chủ thư (portal.mail.host);"
                        + " thư sẽ được gửi khi có máy chủ | 2 mails wait in the outbox because no mail server is"
                        + " configured (portal.mail.host); they go out once one is",
                "MAILS_UNDELIVERED 2 3 | Máy chủ thư không nhận 2 trong 3 thư; chạy lại khi máy chủ thư hoạt động"
                        + " | The mail server did not accept 2 of 3 mails; restart when it is reachable",
                "DIGESTS 1             | Đã lập 1 thư tổng hợp | 1 digest composed",
                "ESCALATED 0 0         | Không có câu hỏi nào phải báo thủ trưởng | No question to escalate",
                "ESCALATED 2 1         | Đã báo thủ trưởng về 2 câu hỏi quá hạn; 1 câu hỏi chưa có hộp thư thủ trưởng"
                        + " | 2 overdue questions escalated to the head; 1 without a head mailbox",
                "SOMETHING_ELSE 4      | SOMETHING_ELSE 4 | SOMETHING_ELSE 4",
                "ESCALATED 1           | ESCALATED 1 | ESCALATED 1"
            })
    void anOperatorReadsTheStoredStatusInTheirLanguage(String stored, String vietnamese, String english) {
        assertThat(ExitStatus.describe(stored, Locale.forLanguageTag("vi"))).isEqualTo(vietnamese);
        assertThat(ExitStatus.describe(stored, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"MAILS_UNDELIVERED, 2, 3, MAILS_UNDELIVERED 2 3", "COMPLETED, , , COMPLETED"})
    void theStoredFormIsTheCodeAndItsNumbers(String code, Integer first, Integer second, String stored) {
        Object[] numbers = first == null ? new Object[0] : new Object[] {first, second};
        assertThat(ExitStatus.of(code, numbers)).isEqualTo(stored);
        assertThat(ExitStatus.parse(stored).code()).isEqualTo(code);
    }
}
