package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.privacy.boundary.ErasureRequest;
import vn.egov.portal.privacy.control.Particulars;
import vn.egov.portal.privacy.entity.ErasureRequester;
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

    @Inject
    FileStore files;

    @Test
    void everyViewOfTheApplicantAndOfAFileByAnOfficialIsLogged() throws Exception {
        Particulars particulars = Particulars.organisation(
                "Hoàng Văn Nam",
                "Giám đốc",
                "Hợp tác xã Chè Phja Đén",
                "Xã Phan Thanh, huyện Nguyên Bình",
                "0206 3861 234",
                "htx." + System.nanoTime() + "@example.com");
        DossierReceipt receipt = submit(particulars, "203.0.113.41", "giay-phep.pdf");

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

    @Test
    void anErasureDeletesTheFilesBytesAndIsInTheAuditTrailAsIsEveryReceipt() throws Exception {
        Particulars particulars = Particulars.individual(
                "Lục Văn Sáng",
                "Việt Nam",
                "Nông dân",
                "004088001122",
                "Xóm Nà Pò, xã Đàm Thủy",
                "0915 222 333",
                "sang." + System.nanoTime() + "@example.com");
        DossierReceipt receipt = submit(particulars, "203.0.113.42", "can-cuoc.pdf");
        assertThat(intake.receipt(receipt.code(), receipt.secret(), "203.0.113.42")
                        .fileName())
                .isEqualTo("Giấy tiếp nhận " + receipt.code() + ".pdf");
        DossierCase opened = official.call(() -> desk.open(receipt.code()));
        long fileId = opened.files().get(0).id();
        StoredFile stored = official.call(() -> desk.openFile(fileId));
        try (var before = files.open(stored, null).stream()) {
            assertThat(before.readAllBytes()).isEqualTo(PDF);
        }

        DossierCase erased = official.call(
                () -> desk.erase(receipt.code(), new ErasureRequest(ErasureRequester.AUTHORITY, "Quyết định số 7")));

        assertThat(erased.applicant().isErased()).isTrue();
        assertThat(erased.applicant().getIdNumber()).isNull();
        assertThat(erased.files()).isEmpty();
        assertThat(erased.erased().requestedBy()).isEqualTo(ErasureRequester.AUTHORITY);
        assertThat(erased.status().code()).isEqualTo(receipt.code());
        assertThatThrownBy(() -> files.open(stored, null))
                .as("the bytes are gone")
                .isNotNull();
        assertThatThrownBy(() -> official.call(() -> desk.openFile(fileId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> official.call(
                        () -> desk.erase(receipt.code(), new ErasureRequest(ErasureRequester.ASKER, null))))
                .isInstanceOf(ConflictException.class);
        String target = "application " + opened.id();
        assertThat(admin.call(() -> audit.listByAction("eservice.erase", 50))).anySatisfy(event -> {
            assertThat(event.getActor()).isEqualTo("traloi-sotp");
            assertThat(event.getTarget()).isEqualTo(target);
            assertThat(event.getDetail()).isEqualTo("AUTHORITY");
        });
        assertThat(admin.call(() -> audit.listByAction("eservice.receipt", 50)))
                .anySatisfy(event -> assertThat(event.getTarget()).isEqualTo(target));
    }

    /** A judicial-record dossier from {@code address}: the form, then {@code second} as the second component. */
    private DossierReceipt submit(Particulars particulars, String address, String second) {
        String challenge = intake.challenge();
        return intake.submit(
                new ApplicationForm(JUDICIAL_RECORD, particulars, true, true, "2026-1", "vi"),
                new Proof(challenge, ProofOfWork.solve(challenge)),
                address,
                List.of(ComponentUpload.of(1, "to-khai.pdf", PDF), ComponentUpload.of(2, second, PDF)));
    }
}
