package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.eservice.boundary.ApplicationDesk;
import vn.egov.portal.eservice.boundary.ApplicationIntake;
import vn.egov.portal.eservice.boundary.DossierCase;
import vn.egov.portal.eservice.boundary.DossierReceipt;
import vn.egov.portal.eservice.control.ApplicationForm;
import vn.egov.portal.eservice.control.ComponentUpload;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsAgencyAnswerer;

/**
 * The applicant's particulars and files, as the competent agency's official sees them: kept sealed
 * and given back whole, the applicant's kind of person and Article 9.2 particulars as a question's
 * asker's, and every view of the particulars and of a file is in the audit trail with who and what.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationRecordsIT {

    private static final String JUDICIAL_RECORD = "2.000488.000.00.00.H12";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    ApplicationIntake intake;

    @Inject
    ApplicationDesk desk;

    @Inject
    AuditTrail audit;

    @Inject
    AsAgencyAnswerer official;

    @Inject
    AsAdministrator admin;

    @Test
    void everyViewOfTheApplicantAndOfAFileByAnOfficialIsLogged() throws Exception {
        Particulars particulars = Particulars.organisation(
                "Hoàng Văn Nam",
                "Giám đốc",
                "Hợp tác xã Chè Phja Đén",
                "Xã Phan Thanh, huyện Nguyên Bình",
                "0206 3861 234",
                "htx." + System.nanoTime() + "@example.com");
        String challenge = intake.challenge();
        DossierReceipt receipt = intake.submit(
                new ApplicationForm(JUDICIAL_RECORD, particulars, true, true, "2026-1", "vi"),
                new Proof(challenge, ProofOfWork.solve(challenge)),
                "203.0.113.41",
                List.of(ComponentUpload.of(1, "to-khai.pdf", PDF), ComponentUpload.of(2, "giay-phep.pdf", PDF)));

        DossierCase opened = official.call(() -> desk.open(receipt.code()));
        assertThat(opened.kind()).hasToString("ORGANISATION");
        assertThat(opened.applicant().getName()).isEqualTo("Hoàng Văn Nam");
        assertThat(opened.applicant().getPosition()).isEqualTo("Giám đốc");
        assertThat(opened.applicant().getOrganisation()).isEqualTo("Hợp tác xã Chè Phja Đén");
        assertThat(opened.applicant().getIdNumber())
                .as("an organisation gives none")
                .isNull();
        long fileId = opened.files().get(0).id();
        official.call(() -> desk.openFile(fileId));

        String target = "application " + opened.id();
        assertThat(admin.call(() -> audit.listByAction("eservice.applicant.view", 50)))
                .anySatisfy(event -> {
                    assertThat(event.getActor()).isEqualTo("traloi-sotp");
                    assertThat(event.getTarget()).isEqualTo(target);
                });
        assertThat(admin.call(() -> audit.listByAction("eservice.file.view", 50)))
                .anySatisfy(event -> {
                    assertThat(event.getActor()).isEqualTo("traloi-sotp");
                    assertThat(event.getTarget()).isEqualTo(target);
                    assertThat(event.getDetail()).isEqualTo("file " + fileId);
                });
    }
}
