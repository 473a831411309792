package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.mail.entity.OutboundMail;
import vn.egov.portal.platform.request.web.ClientAddress;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.DemoPasswords;
import vn.egov.portal.test.mail.Mailbox;
import vn.egov.portal.test.mail.Mailbox.Mail;
import vn.egov.portal.test.mail.TestMailServer;

/**
 * The workflow side of the e-services over HTTP on the real stack (in the container, to deliver the
 * outbox and read the mailboxes of GreenMail over IMAP): a mail to the applicant on every move, in
 * Vietnamese with English below and never with the secret; a submission that stands while the mail
 * server is away; the rating once after completion; the public results over the API and as pages.
 * Each dossier comes from its own forwarded address, so the guard's per-address limits never mix
 * this class with the others.
 */
@ExtendWith(ArquillianExtension.class)
class EserviceWorkflowIT {

    private static final String JUDICIAL_RECORD = "2.000488.000.00.00.H12";
    private static final String OFFICIAL = "traloi-sotp";
    private static final String PDF = Base64.getEncoder()
            .encodeToString("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClass(WebClient.class);
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

    @Inject
    Outbox outbox;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory persistence;

    @Inject
    AsAdministrator admin;

    @ArquillianResource
    URL base;

    WebClient web;
    String address;

    @BeforeEach
    void newVisitor() throws Exception {
        web = new WebClient(base.toURI());
        System.setProperty(ClientAddress.SETTING, "127.0.0.1,::1");
        address = "198.51.100." + ADDRESSES.incrementAndGet();
    }

    @Test
    void everyMoveMailsTheApplicantInVietnameseThenEnglishAndTheCompletedDossierIsRatedOnce() throws Exception {
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String before =
                web.get("/api/v1/applications/results?agency=so-tu-phap").body();
        String email = "ngoc.workflow." + System.nanoTime() + "@example.com";
        HttpResponse<String> sent = submit(email);
        assertThat(sent.statusCode()).isEqualTo(201);
        String code = group("\"code\":\"(DV-[0-9A-Z]{4}-[0-9A-Z]{4})\"", sent.body());
        String secret = group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body());

        assertThat(move(code, "RECEIVE", null).statusCode()).isEqualTo(200);
        assertThat(move(code, "START_PROCESSING", null).statusCode()).isEqualTo(200);
        assertThat(move(code, "REQUEST_SUPPLEMENT", "Bản chụp căn cước bị mờ, đề nghị gửi lại")
                        .statusCode())
                .isEqualTo(200);
        assertThat(rate(code, secret, "SATISFIED", null).statusCode())
                .as("not completed yet")
                .isEqualTo(409);
        HttpResponse<String> supplemented = post(
                "/api/v1/applications/" + code + "/supplement",
                "{\"secret\":\"" + secret + "\",\"files\":[" + file(1) + "]}");
        assertThat(supplemented.statusCode()).isEqualTo(200);
        assertThat(move(code, "MARK_RESULT_READY", "Mời nhận kết quả tại bộ phận một cửa")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> early = rate(code, secret, "SATISFIED", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Hồ sơ đã có kết quả");
        assertThat(move(code, "COMPLETE", null).statusCode()).isEqualTo(200);

        outbox.deliverDue(500);
        List<Mail> mails = mailsTo(email);
        assertThat(mails)
                .extracting(Mail::subject)
                .allSatisfy(subject -> assertThat(subject).contains(code).contains(" / "));
        assertThat(mails).hasSize(7);
        assertThat(mails.get(0).subject()).isEqualTo("Đã nhận hồ sơ " + code + " / Dossier " + code + " received");
        assertThat(mails.get(0).body()).contains("Sở Tư pháp", "Department of Justice", "Ngày hẹn trả kết quả");
        assertThat(mails).extracting(Mail::body).allSatisfy(body -> {
            assertThat(body).doesNotContain(secret).contains(code, "Cổng Thông tin điện tử");
            assertThat(body.indexOf("English")).isPositive().isGreaterThan(body.indexOf("Tra cứu hồ sơ"));
        });
        assertThat(mails)
                .filteredOn(mail -> mail.subject().startsWith("Hồ sơ " + code + " cần bổ sung"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body())
                        .contains("Bản chụp căn cước bị mờ, đề nghị gửi lại", "asks you to supplement"));
        assertThat(mails).extracting(Mail::subject).anySatisfy(subject -> assertThat(subject)
                .startsWith("Đã nhận phần bổ sung"));
        assertThat(mails)
                .filteredOn(mail -> mail.subject().startsWith("Hồ sơ " + code + " đã trả kết quả"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("đánh giá mức độ hài lòng", "rate the service"));

        HttpResponse<String> wrongSecret = rate(code, "AAAA-BBBB-CCCC", "SATISFIED", null);
        HttpResponse<String> unknown = rate("DV-0000-0000", secret, "SATISFIED", null);
        assertThat(wrongSecret.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrongSecret.body()).isEqualTo(unknown.body());
        HttpResponse<String> noSuchRating = rate(code, secret, "DELIGHTED", null);
        assertThat(noSuchRating.statusCode()).isEqualTo(400);
        assertThat(noSuchRating.body()).contains("\"rating\"");
        HttpResponse<String> rated = rate(code, secret, "satisfied", "Cán bộ Nguyễn Văn Hùng hướng dẫn tận tình");
        assertThat(rated.statusCode()).isEqualTo(201);
        assertThat(rated.body()).contains("\"rated\":true").doesNotContain("Hùng", "SATISFIED");
        HttpResponse<String> again = rate(code, secret, "UNSATISFIED", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã được đánh giá");
        assertThat(web.get("/api/v1/applications/status/" + code).body())
                .contains("\"rated\":true")
                .doesNotContain("Hùng");

        String after = web.get("/api/v1/applications/results?agency=so-tu-phap&month=" + month)
                .body();
        assertThat(figure(after, "received")).isEqualTo(figure(before, "received") + 1);
        assertThat(figure(after, "onTime")).isEqualTo(figure(before, "onTime") + 1);
        assertThat(figure(after, "rated")).isEqualTo(figure(before, "rated") + 1);
        HttpResponse<String> ofProcedure = web.get("/api/v1/procedures/" + JUDICIAL_RECORD + "/results");
        assertThat(ofProcedure.statusCode()).isEqualTo(200);
        assertThat(ofProcedure.body())
                .contains("\"month\":\"" + month + "\"", "\"onTimeRate\":", "\"satisfactionRate\":");
        assertThat(figure(ofProcedure.body(), "rated")).isPositive();
        assertThat(ofProcedure.body()).doesNotContain(code, email, "Hùng");
    }

    @Test
    void aSubmissionStandsWhileTheMailServerIsAwayAndItsMailGoesOutLater() throws Exception {
        String email = "binh.nomail." + System.nanoTime() + "@example.com";
        String host = System.getProperty("portal.mail.host");
        String code;
        try {
            System.clearProperty("portal.mail.host");
            HttpResponse<String> sent = submit(email);
            assertThat(sent.statusCode()).isEqualTo(201);
            code = group("\"code\":\"(DV-[0-9A-Z]{4}-[0-9A-Z]{4})\"", sent.body());
            assertThat(web.get("/api/v1/applications/status/" + code).statusCode())
                    .isEqualTo(200);
            assertThat(move(code, "REFUSE", "Hồ sơ gửi nhầm cơ quan có thẩm quyền")
                            .statusCode())
                    .isEqualTo(200);
            outbox.deliverDue(500);
            List<OutboundMail> waiting = admin.call(() -> outbox.listLatest(500)).stream()
                    .filter(mail -> mail.getRecipients().contains(email))
                    .toList();
            assertThat(waiting).hasSize(2).allSatisfy(mail -> {
                assertThat(mail.isPending()).isTrue();
                assertThat(mail.getDedupKey()).startsWith("eservice:");
            });
            assertThat(mailsTo(email)).isEmpty();
        } finally {
            System.setProperty("portal.mail.host", host);
        }
        outbox.deliverDue(500);
        List<Mail> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        String refused = code;
        assertThat(mails)
                .filteredOn(mail -> mail.subject().startsWith("Hồ sơ " + refused + " không được tiếp nhận"))
                .singleElement()
                .satisfies(mail ->
                        assertThat(mail.body()).contains("Lý do: Hồ sơ gửi nhầm cơ quan có thẩm quyền", "Reason:"));
    }

    @Test
    void aLateDossierGetsTheDraftedLetterOfApologyWhichTheOfficialSendsAndTheStatusShowsTheNewDate() throws Exception {
        String email = "lan.late." + System.nanoTime() + "@example.com";
        HttpResponse<String> sent = submit(email);
        String code = group("\"code\":\"(DV-[0-9A-Z]{4}-[0-9A-Z]{4})\"", sent.body());
        assertThat(move(code, "RECEIVE", null).statusCode()).isEqualTo(200);
        assertThat(desk("GET", "/api/v1/eservice-desk/applications/" + code + "/apology", null)
                        .statusCode())
                .as("not late yet")
                .isEqualTo(409);
        assertThat(move(code, "START_PROCESSING", null).statusCode()).isEqualTo(200);
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
        try (Connection connection = database.getConnection();
                PreparedStatement late =
                        connection.prepareStatement("update eservice_application set due_date = ? where code = ?")) {
            late.setObject(1, due);
            late.setString(2, code);
            assertThat(late.executeUpdate()).isEqualTo(1);
        }
        // The shared cache still holds the dossier as it was; the portal would not see the SQL otherwise.
        persistence.getCache().evictAll();

        assertThat(desk("GET", "/api/v1/eservice-desk/applications/overdue", null)
                        .body())
                .contains("\"code\":\"" + code + "\"");
        HttpResponse<String> draft = desk("GET", "/api/v1/eservice-desk/applications/" + code + "/apology", null);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("THƯ XIN LỖI", code).doesNotContain("\"sentAt\"");
        LocalDate proposed = LocalDate.parse(group("\"newDate\":\"([0-9-]{10})\"", draft.body()));
        assertThat(proposed).isAfter(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));

        HttpResponse<String> today = desk(
                "POST",
                "/api/v1/eservice-desk/applications/" + code + "/apology",
                "{\"newDate\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"text\":\"Xin lỗi\"}");
        assertThat(today.statusCode()).isEqualTo(400);
        assertThat(today.body()).contains("\"newDate\"");
        HttpResponse<String> apologised = desk(
                "POST",
                "/api/v1/eservice-desk/applications/" + code + "/apology",
                "{\"newDate\":\"" + proposed + "\",\"text\":\"THƯ XIN LỖI. Sở Tư pháp xin lỗi vì hồ sơ " + code
                        + " chậm so với ngày hẹn.\"}");
        assertThat(apologised.statusCode()).isEqualTo(200);
        assertThat(apologised.body())
                .contains("\"newDate\":\"" + proposed + "\"")
                .contains("\"sentAt\":\"");

        String status = web.get("/api/v1/applications/status/" + code).body();
        assertThat(status)
                .contains("\"newAppointmentDate\":\"" + proposed + "\"", "\"late\":true")
                .doesNotContain("THƯ XIN LỖI");
        String page = web.submit(
                        "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml",
                        java.util.Map.of("track:code", code, "track:lookup", "x"))
                .body();
        assertThat(page)
                .contains(
                        "new-appointment", proposed.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        outbox.deliverDue(500);
        assertThat(mailsTo(email))
                .filteredOn(mail -> mail.subject().startsWith("Thư xin lỗi về hồ sơ " + code))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body())
                        .contains("chậm so với ngày hẹn", "The new appointment date for the result is"));
    }

    @Test
    void aMalformedOrFutureMonthIsA400NamingMonthAndTheResultsArePublicForAShortWhile() {
        for (String month : List.of("2026-13", "2026-1", "abc", "2999-01", "1999-12")) {
            HttpResponse<String> refused = web.get("/api/v1/applications/results?agency=so-tu-phap&month=" + month);
            assertThat(refused.statusCode()).as(month).isEqualTo(400);
            assertThat(refused.body()).contains("\"month\"");
            assertThat(web.get("/api/v1/procedures/" + JUDICIAL_RECORD + "/results?month=" + month)
                            .statusCode())
                    .as(month)
                    .isEqualTo(400);
        }
        assertThat(web.get("/api/v1/applications/results?agency=khong-co").statusCode())
                .isEqualTo(404);
        assertThat(web.get("/api/v1/procedures/9.999999.000.00.00.H12/results").statusCode())
                .isEqualTo(404);
        HttpResponse<String> results = web.get("/api/v1/applications/results?agency=so-tu-phap&month=2026-01");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("max-age=120").doesNotContain("private"));
        assertThat(results.body()).contains("\"code\":\"so-tu-phap\"", "\"month\":\"2026-01\"");
    }

    @Test
    void theResultsPagesShowAgenciesAndProceduresInBothLanguages() {
        HttpResponse<String> index = web.get("/thu-tuc-hanh-chinh/ket-qua/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body())
                .contains("Kết quả giải quyết hồ sơ", "Sở Tư pháp", "/thu-tuc-hanh-chinh/ket-qua/co-quan/so-tu-phap");
        assertThat(index.body()).doesNotContain("<script>", "onclick=");

        HttpResponse<String> agency = web.get("/thu-tuc-hanh-chinh/ket-qua/co-quan/so-tu-phap?thang=2026-11");
        assertThat(agency.statusCode()).isEqualTo(200);
        assertThat(agency.body()).contains("Tỷ lệ đúng hạn", "tháng 11/2026", JUDICIAL_RECORD);

        HttpResponse<String> english = web.get("/en/thu-tuc-hanh-chinh/ket-qua/" + JUDICIAL_RECORD);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("Dossier results", "On-time rate", "Satisfaction rate");

        HttpResponse<String> future = web.get("/thu-tuc-hanh-chinh/ket-qua/co-quan/so-tu-phap?thang=2999-01");
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.body()).contains("month-error", "không ở sau tháng hiện tại");

        assertThat(web.get("/thu-tuc-hanh-chinh/ket-qua/co-quan/khong-co-co-quan")
                        .statusCode())
                .isEqualTo(404);
    }

    /**
     * The demo's dossiers (seed/demo-applications.json): the agency's desk has one in every state, the
     * month of its dossiers sent 40 days ago shows on-time, late and rated ones on the public results,
     * and no public page or API shows who applied.
     */
    @Test
    void theDemoHasADossierInEveryStateAndTheAgencysPublicResultsShowThemWithoutPersonalData() {
        for (String state : List.of(
                "SUBMITTED",
                "RECEIVED",
                "PROCESSING",
                "NEEDS_SUPPLEMENT",
                "RESULT_READY",
                "COMPLETED",
                "REFUSED",
                "REJECTED",
                "WITHDRAWN")) {
            HttpResponse<String> listed = desk("GET", "/api/v1/eservice-desk/applications?state=" + state, null);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(figure(listed.body(), "totalItems")).as(state).isPositive();
        }
        String overdue =
                desk("GET", "/api/v1/eservice-desk/applications/overdue", null).body();
        assertThat(overdue).as("late ones with their letters").contains("\"newAppointmentDate\":\"");

        String month = YearMonth.from(
                        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(40))
                .toString();
        String results = web.get("/api/v1/applications/results?agency=so-tu-phap&month=" + month)
                .body();
        assertThat(figure(results, "received")).isGreaterThanOrEqualTo(3);
        assertThat(figure(results, "onTime")).isPositive();
        assertThat(figure(results, "late")).isPositive();
        assertThat(figure(results, "rated")).isPositive();
        assertThat(results).containsPattern("\"satisfactionRate\":[0-9]");

        String code = group(
                "\"code\":\"(DV-[0-9A-Z]{4}-[0-9A-Z]{4})\"",
                desk("GET", "/api/v1/eservice-desk/applications?state=COMPLETED", null)
                        .body());
        List<String> applicants =
                List.of("Đinh Văn Sơn", "Lục Thị Phương", "Lâm Văn Đức", "004081007390", "example.vn");
        for (String page : List.of(
                results,
                web.get("/api/v1/applications/status/" + code).body(),
                web.get("/thu-tuc-hanh-chinh/ket-qua/co-quan/so-tu-phap?thang=" + month)
                        .body(),
                web.get("/en/thu-tuc-hanh-chinh/ket-qua/" + JUDICIAL_RECORD + "?thang=" + month)
                        .body())) {
            assertThat(page).doesNotContain(applicants);
        }
    }

    private HttpResponse<String> submit(String email) {
        String json =
                """
                {"procedure":"%s","particulars":{"kind":"INDIVIDUAL","name":"Trần Thị Ngọc","nationality":"Việt Nam",\
                "occupation":"Giáo viên","idNumber":"001199012345","address":"Số 12 phố Kim Đồng","phone":"0912345678",\
                "email":"%s"},"declaration":true,"consent":true,\
                "consentVersion":"2026-1","files":[%s,%s],%s}"""
                        .formatted(JUDICIAL_RECORD, email, file(1), file(2), challenge());
        return post("/api/v1/applications", json);
    }

    private static String file(int component) {
        return "{\"component\":" + component + ",\"fileName\":\"thanh-phan-" + component + ".pdf\",\"content\":\"" + PDF
                + "\"}";
    }

    private String challenge() {
        String challenge = group(
                "\"challenge\":\"([^\"]+)\"",
                web.get("/api/v1/applications/form").body());
        return "\"challenge\":\"" + challenge + "\",\"nonce\":\"" + ProofOfWork.solve(challenge) + "\"";
    }

    private HttpResponse<String> rate(String code, String secret, String rating, String comment) {
        return post(
                "/api/v1/applications/" + code + "/rating",
                "{\"secret\":\"" + secret + "\",\"rating\":\"" + rating + "\""
                        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    private HttpResponse<String> move(String code, String move, String comment) {
        return web.send(HttpRequest.newBuilder(web.resolve("/api/v1/eservice-desk/applications/" + code + "/moves"))
                .header("Authorization", WebClient.basic(OFFICIAL, DemoPasswords.of(OFFICIAL)))
                .header("Accept-Language", "vi")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"move\":\"" + move + "\""
                        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}"))
                .build());
    }

    private HttpResponse<String> desk(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve(path))
                .header("Authorization", WebClient.basic(OFFICIAL, DemoPasswords.of(OFFICIAL)))
                .header("Accept-Language", "vi")
                .header("Content-Type", "application/json");
        return web.send(request.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> post(String path, String json) {
        return web.send(HttpRequest.newBuilder(web.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "vi")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static int figure(String json, String name) {
        return Integer.parseInt(group("\"" + name + "\":(\\d+)", json));
    }

    private static String group(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    /** The mails in the address's GreenMail box, oldest first. */
    private static List<Mail> mailsTo(String address) throws Exception {
        return Mailbox.of(address);
    }
}
