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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import vn.egov.portal.media.boundary.StoredFileUpgrade;
import vn.egov.portal.media.entity.MediaFile;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.qa.DemoAccounts;
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

/**
 * The one file store with its three owners (public media, signed legal files, sealed Q&A
 * attachments) and the one download path, through the real EJB, JPA and servlet stack; and the files
 * a portal of the previous release stored, in its three layouts, still opening after the upgrade.
 */
@ExtendWith(ArquillianExtension.class)
class FileStoreIT {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClasses(QuestionForms.class, DemoAccounts.class);
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
    StoredFileUpgrade upgrade;

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
        console.login("thuky", DemoAccounts.password("thuky"));
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

    /**
     * The previous release kept media by a path relative to {@code media/}, signed files by their
     * SHA-256 under {@code legal-files/xx/} with a media type, and sealed attachments by a stored name
     * under {@code qa-attachments/xx/}. Rows and files are put back into those layouts, as that
     * release left them, and the upgrade that runs at start must bring every one of them back.
     */
    @Test
    void filesThePreviousReleaseStoredStillOpenAfterTheUpgrade() throws Exception {
        byte[] png = png();
        MediaFile image = editor.call(() -> media.upload("anh-cu.png", new ByteArrayInputStream(png)));
        LegalDocument document = draft();
        SignedFile signed =
                editor.call(() -> legal.attach(document.getId(), "quyet-dinh-cu.pdf", new ByteArrayInputStream(PDF)));
        editor.call(() -> legal.publish(document.getId()));
        Attachment sent = attachmentOf(ask(Upload.of("giay-to-cu.pdf", PDF)));

        editor.call(() -> {
            asPreviousRelease(image, signed, sent);
            return null;
        });
        editor.call(() -> {
            upgrade.upgrade();
            return null;
        });
        em.getEntityManagerFactory().getCache().evictAll();

        WebClient web = new WebClient(base.toURI());
        HttpResponse<String> shown = web.get(image.getPath());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValueAsLong("Content-Length")).hasValue(png.length);
        assertThat(bytesOf(editor.call(
                        () -> media.find(image.getToken()).orElseThrow().getStored())))
                .isEqualTo(png);
        HttpResponse<String> downloaded = web.get("/van-ban/tep/" + signed.getId());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(downloaded.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        StoredFile attachment = board.call(() -> askers.openAttachment(sent.getId()));
        assertThat(attachment.isSealed()).isTrue();
        assertThat(attachment.getLocation()).isEqualTo(previousAttachmentPath(sent.getStored()));
        assertThat(bytesOf(attachment)).isEqualTo(PDF);

        editor.call(() -> {
            upgrade.upgrade();
            return null;
        });
        assertThat(web.get(image.getPath()).statusCode())
                .as("a second start changes nothing")
                .isEqualTo(200);
    }

    /** What the previous release's stores wrote: their columns (nullable here, the rows are new), their folders. */
    private void asPreviousRelease(MediaFile image, SignedFile signed, Attachment sent) throws IOException {
        em.createNativeQuery("ALTER TABLE media_file ADD COLUMN storedpath VARCHAR(200)")
                .executeUpdate();
        em.createNativeQuery("UPDATE media_file SET storedpath = ?, location = NULL, sealed = NULL WHERE id = ?")
                .setParameter(1, image.getStored().getLocation().substring("media/".length()))
                .setParameter(2, image.getId())
                .executeUpdate();

        String sha256 = signed.getStored().getSha256();
        move(signed.getStored().getLocation(), "legal-files/" + sha256.substring(0, 2) + "/" + sha256);
        em.createNativeQuery("ALTER TABLE legal_file ADD COLUMN mediatype VARCHAR(100)")
                .executeUpdate();
        em.createNativeQuery(
                        "UPDATE legal_file SET mediatype = 'application/pdf', format = NULL, location = NULL, sealed = NULL WHERE id = ?")
                .setParameter(1, signed.getId())
                .executeUpdate();

        move(sent.getStored().getLocation(), previousAttachmentPath(sent.getStored()));
        em.createNativeQuery("ALTER TABLE qa_attachment ADD COLUMN storedname VARCHAR(40)")
                .executeUpdate();
        em.createNativeQuery("UPDATE qa_attachment SET storedname = ?, location = NULL, sealed = NULL WHERE id = ?")
                .setParameter(1, sent.getStored().key())
                .setParameter(2, sent.getId())
                .executeUpdate();
    }

    private static String previousAttachmentPath(StoredFile file) {
        return "qa-attachments/" + file.key().substring(0, 2) + "/" + file.key();
    }

    /** The old signed-file store kept one file per content hash: the same bytes may already be there. */
    private void move(String from, String to) throws IOException {
        Path target = config.dataDirectory().resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(config.dataDirectory().resolve(from), target, StandardCopyOption.REPLACE_EXISTING);
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
