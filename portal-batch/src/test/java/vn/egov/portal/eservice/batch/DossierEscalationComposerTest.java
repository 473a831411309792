package vn.egov.portal.eservice.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.eservice.boundary.DossierEscalations.Escalation;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.i18n.control.PortalMessages;

class DossierEscalationComposerTest {

    @Test
    void theHeadLearnsWhichDossierIsLateForWhichProcedureAndWhatToDoWithNothingOfTheApplicant() {
        DossierEscalationComposer composer = new DossierEscalationComposer(PortalMessages::bundle);

        DossierEscalationComposer.Mail mail = composer.compose(new Escalation(
                11L,
                "DV-7K3M-9QXP",
                "2.000488.000.00.00.H12",
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
                LocalizedText.of("Sở Tư pháp", "Department of Justice"),
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 12),
                List.of("giamdoc.sotp@example.com")));

        assertThat(mail.subject())
                .isEqualTo("Hồ sơ DV-7K3M-9QXP đã quá hạn giải quyết | Dossier DV-7K3M-9QXP is overdue");
        assertThat(mail.body())
                .contains("thủ tục Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, mã 2.000488.000.00.00.H12")
                .contains("do Sở Tư pháp giải quyết, nộp ngày 02/11/2026")
                .contains("chậm nhất ngày 12/11/2026")
                .contains("handled by Department of Justice and submitted on 02/11/2026")
                .contains("thư xin lỗi", "letter of apology")
                .doesNotContain("{", "eservice.escalation", "giamdoc");
    }
}
