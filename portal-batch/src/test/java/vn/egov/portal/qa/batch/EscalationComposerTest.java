package vn.egov.portal.qa.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.qa.boundary.QaEscalations.Escalation;

class EscalationComposerTest {

    @Test
    void theHeadLearnsWhichQuestionIsLateSinceWhenAndWhatTheRuleSays() {
        EscalationComposer composer = new EscalationComposer(PortalMessages::bundle);

        EscalationComposer.Mail mail = composer.compose(new Escalation(
                7L,
                "HD-7K3M-9QXP",
                LocalizedText.of("Tư pháp, hộ tịch, chứng thực", "Justice, civil status and certification"),
                LocalizedText.of("Sở Tư pháp", "Department of Justice"),
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 10, 30),
                List.of("giamdoc.sotp@example.com")));

        assertThat(mail.subject())
                .isEqualTo("Câu hỏi HD-7K3M-9QXP đã quá hạn trả lời | Question HD-7K3M-9QXP is overdue");
        assertThat(mail.body())
                .contains("giao cho Sở Tư pháp (lĩnh vực: Tư pháp, hộ tịch, chứng thực), tiếp nhận ngày 30/10/2026")
                .contains("chậm nhất ngày 20/11/2026")
                .contains("given to Department of Justice (field: Justice, civil status and certification)")
                .contains("Article 9")
                .doesNotContain("{", "qa.escalation");
    }
}
