package vn.egov.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.consultation.boundary.CommentIntake;
import vn.egov.portal.consultation.boundary.ConsultationFiles;
import vn.egov.portal.consultation.boundary.ConsultationRegister;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.SampleFiles;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.mail.Mailbox;
import vn.egov.portal.test.mail.TestMailServer;

/**
 * A portal that counts a comment only once its e-mail is confirmed, and shows comments at once
 * (both set in this deployment's own configuration): the e-mail becomes mandatory, the comment is
 * stored but not shown, the commenter gets a link in Vietnamese and English (GreenMail), and following
 * it shows the comment; the link works once.
 */
@ExtendWith(ArquillianExtension.class)
class CommentConfirmationIT {

    @Deployment
    static WebArchive deployment() {
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "it-confirm-email.jar")
                .addAsManifestResource(
                        new StringAsset("config_ordinal=500\n"
                                + "portal.consultation.confirm-email=true\n"
                                + "portal.consultation.moderation=AFTER\n"),
                        "microprofile-config.properties");
        return PortalDeployment.portal().addAsLibrary(settings);
    }

    @BeforeAll
    static void startMailServer() {
        TestMailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        TestMailServer.stop();
        System.clearProperty(ClientAddress.SETTING);
    }

    @ArquillianResource
    URL base;

    @Inject
    CommentIntake comments;

    @Inject
    ConsultationRegister register;

    @Inject
    Outbox outbox;

    @Inject
    ConsultationFiles files;

    @Inject
    AsSecretary secretary;

    @Test
    void aCommentCountsOnlyOnceItsEmailIsConfirmedByTheMailedLink() throws Exception {
        WebClient web = new WebClient(base.toURI());
        // Each run comments from its own address, so the per-address limit of other tests' comments never applies.
        System.setProperty(ClientAddress.SETTING, "127.0.0.1,::1");
        Consultation open = register.list(PageRequest.first(100)).items().stream()
                .filter(c -> c.getAmends() != null)
                .findFirst()
                .orElseThrow();
        String text = "Đề nghị bổ sung thời hạn trả lời ý kiến góp ý " + System.nanoTime();

        HttpResponse<String> garbled = comment(web, open, text, "hoa@example.vn", "gop-y.pdf", "không phải Base64!");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("\"attachment\"", "Base64");

        HttpResponse<String> anonymous = comment(web, open, text, null, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(anonymous.body()).contains("\"email\"", "Nhập địa chỉ thư điện tử.");

        String email = "hoa.xacnhan." + System.nanoTime() + "@example.vn";
        HttpResponse<String> taken =
                comment(web, open, text, email, "gop-y.pdf", Base64.getEncoder().encodeToString(SampleFiles.PDF));
        assertThat(taken.statusCode()).isEqualTo(201);
        assertThat(taken.body()).contains("\"state\":\"AWAITING_CONFIRMATION\"");
        long id = Long.parseLong(group("\"id\":(\\d+)", taken.body()));
        assertThat(secretary.call(() -> files.openAttachment(id)).getFileName())
                .as("the file sent in the JSON body is kept with the comment")
                .isEqualTo("gop-y.pdf");
        assertThat(web.get("/api/v1/consultations/" + open.getId()).body())
                .as("not shown before the e-mail is confirmed, although comments are shown at once")
                .doesNotContain(text);

        outbox.deliverDue(500);
        List<Mailbox.Mail> mails = Mailbox.of(email);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Xác nhận góp ý dự thảo / Confirm your comment on a draft");
            assertThat(mail.body())
                    .contains(
                            open.getTitle(),
                            "Ý kiến chỉ được tính sau khi bạn xác nhận",
                            "It counts only once you confirm");
        });
        String link = group(
                "(http\\S+" + Pattern.quote(CommentIntake.CONFIRM_PATH) + "\\S+)",
                mails.get(0).body());
        URI confirmation = web.resolve(URI.create(link).getPath());

        HttpResponse<String> confirmed =
                web.send(HttpRequest.newBuilder(confirmation).GET().build());
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith(open.getPath());
        assertThat(web.get("/api/v1/consultations/" + open.getId()).body())
                .contains(text)
                .doesNotContain(email);
        assertThat(web.get(open.getPath()).body()).contains(text).doesNotContain(email);

        assertThat(web.send(HttpRequest.newBuilder(confirmation).GET().build()).statusCode())
                .as("the link works once")
                .isEqualTo(404);
    }

    /** The mail server away: the comment is taken and kept, and its link goes out once the server is back. */
    @Test
    void aCommentStandsWhileTheMailServerIsAwayAndItsLinkGoesOutLater() throws Exception {
        WebClient web = new WebClient(base.toURI());
        System.setProperty(ClientAddress.SETTING, "127.0.0.1,::1");
        Consultation open = register.list(PageRequest.first(100)).items().stream()
                .filter(c -> c.getAmends() != null)
                .findFirst()
                .orElseThrow();
        String email = "lan.khongthu." + System.nanoTime() + "@example.vn";
        String host = System.getProperty("portal.mail.host");
        try {
            System.clearProperty("portal.mail.host");
            HttpResponse<String> taken = comment(web, open, "Góp ý khi máy chủ thư ngừng " + email, email, null, null);
            assertThat(taken.statusCode()).isEqualTo(201);
            String id = group("\"id\":(\\d+)", taken.body());
            outbox.deliverDue(500);
            assertThat(outbox.listPending("consultation-confirm:" + id)).hasSize(1);
            assertThat(Mailbox.of(email)).isEmpty();
        } finally {
            System.setProperty("portal.mail.host", host);
        }
        outbox.deliverDue(500);
        assertThat(Mailbox.of(email)).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains(CommentIntake.CONFIRM_PATH));
    }

    private HttpResponse<String> comment(
            WebClient web, Consultation target, String text, String email, String fileName, String content)
            throws Exception {
        String challenge = comments.challenge();
        String body = "{\"partPosition\":3,\"body\":\"" + text + "\","
                + (email == null ? "" : "\"email\":\"" + email + "\",")
                + (fileName == null
                        ? ""
                        : "\"attachment\":{\"fileName\":\"" + fileName + "\",\"content\":\"" + content + "\"},")
                + "\"consentVersion\":\"1\",\"challenge\":\"" + challenge + "\",\"nonce\":\""
                + ProofOfWork.solve(challenge) + "\"}";
        return web.send(HttpRequest.newBuilder(web.resolve("/api/v1/consultations/" + target.getId() + "/comments"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113." + (1 + System.nanoTime() % 250))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String group(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
