package vn.egov.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.guard.boundary.Proof;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.legal.boundary.DocumentDraft;
import vn.egov.portal.legal.boundary.LegalDocumentEditing;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.SignedFile;
import vn.egov.portal.media.boundary.FileStore;
import vn.egov.portal.media.boundary.MediaLibrary;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.qa.QuestionForms;
import vn.egov.portal.qa.boundary.AskerRecords;
import vn.egov.portal.qa.boundary.QuestionDesk;
import vn.egov.portal.qa.boundary.QuestionIntake;
import vn.egov.portal.qa.boundary.Receipt;
import vn.egov.portal.qa.boundary.Upload;
import vn.egov.portal.qa.entity.Attachment;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * The one file store with its three owners (public media, signed legal files, sealed Q&A
 * attachments) and the one download path, through the real EJB, JPA and servlet stack. (The files of
 * releases before migrations move in V2: DatabaseSchemaIT and server-config/smoke/upgrade-test.sh.)
 */
@ExtendWith(ArquillianExtension.class)
class FileStoreIT {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClasses(QuestionForms.class);
    }

    @Inject
    FileStore files;

    @Inject
    MediaLibrary media;

    @Inject
    LegalDocumentEditing legal;

    @Inject
    QuestionIntake intake;

    @Inject
    QuestionDesk desk;

    @Inject
    AskerRecords askers;

    @Inject
    AsEditorInChief editor;

    @Inject
    AsSecretary board;

    @Inject
    PortalConfig config;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    @Test
    void everyOwnersFilesLeaveByTheOneDownloadPathWithTheirTypeNameAndCaching() throws Exception {
        WebClient web = new WebClient(base.toURI());
        MediaFile image = editor.call(() -> media.upload("Ảnh Hội nghị.png", new ByteArrayInputStream(png())));
        HttpResponse<String> shown = web.get(image.getPath());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(shown.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(shown.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(shown.headers().firstValue("Content-Disposition"))
                .contains(
                        "inline; filename=\"anh-hoi-nghi.png\"; filename*=UTF-8''%E1%BA%A2nh%20H%E1%BB%99i%20ngh%E1%BB%8B.png");
        String etag = shown.headers().firstValue("ETag").orElseThrow();
        assertThat(web.send(HttpRequest.newBuilder(web.resolve(image.getPath()))
                                .header("If-None-Match", etag)
                                .build())
                        .statusCode())
                .isEqualTo(304);

        LegalDocument document = draft();
        SignedFile signed =
                editor.call(() -> legal.attach(document.getId(), "Quyết định 12.pdf", new ByteArrayInputStream(PDF)));
        String address = "/van-ban/tep/" + signed.getId();
        assertThat(web.get(address).statusCode()).as("not published yet").isEqualTo(404);
        editor.call(() -> legal.publish(document.getId()));
        HttpResponse<String> downloaded = web.get(address);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(downloaded.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(downloaded.headers().firstValue("Cache-Control")).contains("public, max-age=86400");
        assertThat(downloaded.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(downloaded.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"quyet-dinh-12.pdf\""));

        Attachment sent = attachmentOf(ask(Upload.of("Đơn đề nghị.pdf", PDF)));
        String personal = "/admin/hoi-dap/tep/" + sent.getId();
        assertThat(web.get(personal).statusCode()).as("officials only").isEqualTo(302);
        WebClient console = new WebClient(base.toURI());
        console.login("thuky", DemoPasswords.of("thuky"));
        HttpResponse<String> opened = console.get(personal);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(opened.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(opened.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));

        for (String missing : List.of("/van-ban/tep/999999999", "/van-ban/tep/abc", "/admin/hoi-dap/tep/999999999")) {
            assertThat(console.get(missing).statusCode()).as(missing).isEqualTo(404);
        }
    }

    private byte[] bytesOf(StoredFile file) throws IOException {
        try (InputStream in = files.open(file, null).stream()) {
            return in.readAllBytes();
        }
    }

    private LegalDocument draft() throws Exception {
        String number = (100 + (int) (Math.random() * 800)) + "/2025/QĐ-UBND";
        return editor.call(() -> legal.register(new DocumentDraft(
                number,
                "quyet-dinh",
                "ubnd-tinh",
                null,
                "so-tu-phap",
                null,
                null,
                LocalDate.of(2025, 3, 3),
                null,
                null,
                null,
                "Quyết định về tệp " + number,
                List.of("Tệp"))));
    }

    private Receipt ask(Upload upload) {
        String challenge = intake.challenge();
        return intake.submit(
                QuestionForms.individual(
                        "tep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                        "Kèm tệp",
                        "Xin xem tệp đính kèm.",
                        "tu-phap-ho-tich"),
                new Proof(challenge, ProofOfWork.solve(challenge)),
                "203.0.113." + (1 + (int) (Math.random() * 250)),
                List.of(upload));
    }

    private Attachment attachmentOf(Receipt receipt) throws Exception {
        return board.call(() -> desk.get(receipt.id()).getAttachments().get(0));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
