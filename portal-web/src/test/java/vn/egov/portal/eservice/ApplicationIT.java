package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.PdfText;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * Online applications over HTTP on the real stack: a citizen sends a judicial-record dossier to the
 * Department of Justice, its official receives it, asks for a supplement (the clock stops), the
 * citizen supplements with the secret, the result is handed over; and the refusals on the way.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    private static final String JUDICIAL_RECORD = "2.000488.000.00.00.H12";
    private static final String HEALTH_LICENCE = "1.001907.000.00.00.H12";
    private static final String OFFICIAL = "traloi-sotp";
    private static final String PDF = Base64.getEncoder()
            .encodeToString("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    private static final String NAME = "Nguyễn Thị Bích Ngọc";
    private static final String ID_NUMBER = "001199012345";
    private static final String PHONE = "0912345678";
    private static final String ADDRESS = "Số 12 phố Kim Đồng, phường Sông Hiến";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    WebClient web;

    @BeforeEach
    void newVisitor() throws Exception {
        web = new WebClient(base.toURI());
    }

    @Test
    void aDossierGoesFromSubmissionThroughASupplementToItsResult() {
        HttpResponse<String> sent = submit(JUDICIAL_RECORD, files(1, 2));
        assertThat(sent.statusCode()).isEqualTo(201);
        String code = group("\"code\":\"(DV-[0-9A-Z]{4}-[0-9A-Z]{4})\"", sent.body());
        String secret = group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body());
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/applications/status/" + code));
        LocalDate due = LocalDate.parse(group("\"dueDate\":\"([0-9-]{10})\"", sent.body()));
        assertThat(due).isAfter(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(9));
        assertThat(sent.body()).contains("\"processingDays\":10", "\"agencyCode\":\"so-tu-phap\"");

        assertThat(move(code, "RECEIVE", "Đã tiếp nhận hồ sơ trực tuyến").statusCode())
                .isEqualTo(200);
        assertThat(move(code, "START_PROCESSING", null).statusCode()).isEqualTo(200);
        HttpResponse<String> asked = move(code, "REQUEST_SUPPLEMENT", "Bản chụp căn cước bị mờ, đề nghị gửi lại");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("\"state\":\"NEEDS_SUPPLEMENT\"", "\"clockStopped\":true", NAME);

        String stopped = web.get("/api/v1/applications/status/" + code).body();
        assertThat(stopped)
                .contains("\"state\":\"NEEDS_SUPPLEMENT\"", "\"remainingWorkingDays\":")
                .doesNotContain("căn cước bị mờ");
        HttpResponse<String> withSecret =
                web.send(HttpRequest.newBuilder(web.resolve("/api/v1/applications/status/" + code.toLowerCase()))
                        .header("Dossier-Secret", secret)
                        .GET()
                        .build());
        assertThat(withSecret.body()).contains("căn cước bị mờ");

        HttpResponse<String> supplemented = post(
                "/api/v1/applications/" + code + "/supplement",
                "{\"secret\":\"" + secret + "\",\"note\":\"Gửi lại bản chụp rõ\",\"files\":[" + file(2) + "]}");
        assertThat(supplemented.statusCode()).isEqualTo(200);
        assertThat(supplemented.body()).contains("\"state\":\"PROCESSING\"", "\"clockStopped\":false");
        assertThat(LocalDate.parse(group("\"dueDate\":\"([0-9-]{10})\"", supplemented.body())))
                .isAfterOrEqualTo(due);

        assertThat(move(code, "MARK_RESULT_READY", "Phiếu lý lịch tư pháp đã ký")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> done = move(code, "COMPLETE", "Đã trả kết quả qua bưu điện");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body())
                .contains(
                        "\"state\":\"COMPLETED\"",
                        "\"actor\":\"" + OFFICIAL + "\"",
                        "\"actor\":\"applicant\"",
                        "Gửi lại bản chụp rõ",
                        "\"supplement\":true");

        String finalStatus = web.get("/api/v1/applications/status/" + code).body();
        assertThat(finalStatus)
                .contains("\"state\":\"COMPLETED\"", "\"closedAt\":", "Sở Tư pháp")
                .doesNotContain(
                        NAME, ID_NUMBER, PHONE, ADDRESS, "@example.com", OFFICIAL, "Đã trả kết quả qua bưu điện");
    }

    @Test
    void aMissingRequiredComponentIsA400ListingExactlyTheMissingOnes() {
        HttpResponse<String> missing = submit(JUDICIAL_RECORD, files(3));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body())
                .contains("\"field\":\"components.1\"", "\"field\":\"components.2\"")
                .doesNotContain("components.3");

        HttpResponse<String> unknown = submit(JUDICIAL_RECORD, files(1, 2, 7));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"components.7\"").doesNotContain("components.1\"");

        HttpResponse<String> undeclared = post(
                "/api/v1/applications",
                "{\"procedure\":\"" + JUDICIAL_RECORD + "\",\"particulars\":{\"kind\":\"INDIVIDUAL\"},\"files\":["
                        + file(1) + "," + file(2) + "]," + challenge() + "}");
        assertThat(undeclared.statusCode()).isEqualTo(400);
        assertThat(undeclared.body())
                .contains(
                        "\"field\":\"particulars.name\"",
                        "\"field\":\"particulars.nationality\"",
                        "\"field\":\"particulars.idNumber\"",
                        "\"field\":\"declaration\"",
                        "\"field\":\"consent\"")
                .doesNotContain("components.");
    }

    @Test
    void anOfficialOfAnotherAgencyIsRefusedAndAWrongStateIsA409NamingIt() {
        String health = group(
                "\"code\":\"(DV-[0-9A-Z-]{9})\"",
                submit(HEALTH_LICENCE, files(1, 2)).body());
        assertThat(official("GET", "/api/v1/eservice-desk/applications/" + health, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(move(health, "RECEIVE", null).statusCode()).isEqualTo(403);
        assertThat(official("GET", "/api/v1/eservice-desk/applications?size=100", null)
                        .body())
                .doesNotContain(health);

        HttpResponse<String> sent = submit(JUDICIAL_RECORD, files(1, 2));
        String code = group("\"code\":\"(DV-[0-9A-Z-]{9})\"", sent.body());
        String secret = group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body());
        assertThat(official("GET", "/api/v1/eservice-desk/applications?state=SUBMITTED&size=100", null)
                        .body())
                .contains(code);

        HttpResponse<String> early = move(code, "COMPLETE", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("chờ tiếp nhận");
        HttpResponse<String> notAsked = post(
                "/api/v1/applications/" + code + "/supplement",
                "{\"secret\":\"" + secret + "\",\"files\":[" + file(2) + "]}");
        assertThat(notAsked.statusCode()).isEqualTo(409);
        assertThat(move(code, "REFUSE", null).statusCode()).isEqualTo(400);
        assertThat(move(code, "REFUSE", "Không thuộc thẩm quyền").statusCode()).isEqualTo(200);
        HttpResponse<String> late =
                post("/api/v1/applications/" + code + "/withdrawal", "{\"secret\":\"" + secret + "\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("từ chối tiếp nhận");
    }

    @Test
    void anUnknownCodeAndAWrongSecretGetTheSame404() {
        String code = group(
                "\"code\":\"(DV-[0-9A-Z-]{9})\"",
                submit(JUDICIAL_RECORD, files(1, 2)).body());
        HttpResponse<String> wrongSecret = post(
                "/api/v1/applications/" + code + "/supplement",
                "{\"secret\":\"AAAA-BBBB-CCCC\",\"files\":[" + file(2) + "]}");
        HttpResponse<String> unknownCode = post(
                "/api/v1/applications/DV-0000-0000/supplement",
                "{\"secret\":\"AAAA-BBBB-CCCC\",\"files\":[" + file(2) + "]}");
        assertThat(wrongSecret.statusCode()).isEqualTo(404);
        assertThat(unknownCode.statusCode()).isEqualTo(404);
        assertThat(wrongSecret.body()).isEqualTo(unknownCode.body());

        HttpResponse<String> statusWrongSecret =
                web.send(HttpRequest.newBuilder(web.resolve("/api/v1/applications/status/" + code))
                        .header("Dossier-Secret", "AAAA-BBBB-CCCC")
                        .GET()
                        .build());
        HttpResponse<String> statusUnknown = web.get("/api/v1/applications/status/DV-0000-0000");
        HttpResponse<String> notACode = web.get("/api/v1/applications/status/xyz");
        assertThat(statusWrongSecret.statusCode()).isEqualTo(404);
        assertThat(statusUnknown.statusCode()).isEqualTo(404);
        assertThat(notACode.statusCode()).isEqualTo(404);
        assertThat(statusWrongSecret.body()).isEqualTo(statusUnknown.body()).isEqualTo(notACode.body());
        assertThat(statusUnknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theReceiptIsAPdfForTheHolderOfTheSecretAloneOverTheApiTheTrackingPageAndTheForm() throws Exception {
        HttpResponse<String> sent = submit(JUDICIAL_RECORD, files(1, 2));
        String code = group("\"code\":\"(DV-[0-9A-Z-]{9})\"", sent.body());
        String secret = group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body());
        String due = DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(LocalDate.parse(group("\"dueDate\":\"([0-9-]{10})\"", sent.body())));

        HttpResponse<byte[]> receipt = receipt(code, secret);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(receipt.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store", "private"));
        assertThat(receipt.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment"));
        assertThat(PdfText.of(receipt.body()))
                .contains(
                        "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                        code,
                        "Ngày hẹn trả kết quả / Appointment date for the result: " + due,
                        "Sở Tư pháp",
                        JUDICIAL_RECORD,
                        NAME,
                        "thanh-phan-1.pdf",
                        "thanh-phan-2.pdf",
                        "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml")
                .doesNotContain(secret, ID_NUMBER, PHONE);

        HttpResponse<byte[]> wrongSecret = receipt(code, "AAAA-BBBB-CCCC");
        HttpResponse<byte[]> noSecret = receipt(code, null);
        HttpResponse<byte[]> unknownCode = receipt("DV-0000-0000", secret);
        assertThat(wrongSecret.statusCode()).isEqualTo(404);
        assertThat(noSecret.statusCode()).isEqualTo(404);
        assertThat(unknownCode.statusCode()).isEqualTo(404);
        assertThat(wrongSecret.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new String(wrongSecret.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(unknownCode.body(), StandardCharsets.UTF_8))
                .doesNotContain(code);

        // the tracking page gives the receipt for the code and the secret typed in its form
        HttpResponse<byte[]> fromPage = web.postBack(
                "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml",
                web.get("/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml").body(),
                Map.of("track:code", code, "track:secret", secret, "track:receipt", "x"));
        assertThat(fromPage.headers().firstValue("Content-Type"))
                .as("%d %s", fromPage.statusCode(), new String(fromPage.body(), StandardCharsets.UTF_8))
                .hasValue("application/pdf");
        assertThat(PdfText.of(fromPage.body())).contains(code, due);
        assertThat(web.submit(
                                "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml",
                                Map.of("track:code", code, "track:receipt", "x"))
                        .body())
                .contains("Không tìm thấy hồ sơ", "Tải giấy tiếp nhận (PDF)");

        // the form's success screen posts the code and the secret, never in the address
        HttpResponse<byte[]> fromForm =
                web.sendForBytes(HttpRequest.newBuilder(web.resolve("/thu-tuc-hanh-chinh/giay-tiep-nhan"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&secret=" + secret))
                        .build());
        assertThat(fromForm.statusCode()).isEqualTo(200);
        assertThat(PdfText.of(fromForm.body())).contains(code, "Sở Tư pháp");
        assertThat(web.sendForBytes(HttpRequest.newBuilder(web.resolve("/thu-tuc-hanh-chinh/giay-tiep-nhan"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&secret=AAAA-BBBB-CCCC"))
                                .build())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anErasureTakesTheParticularsAndTheFilesAndKeepsTheDossierAndThePublicResults() throws Exception {
        HttpResponse<String> sent = submit(JUDICIAL_RECORD, files(1, 2));
        String code = group("\"code\":\"(DV-[0-9A-Z-]{9})\"", sent.body());
        String secret = group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body());
        assertThat(move(code, "RECEIVE", "Đã gọi điện cho bà " + NAME + " số " + PHONE)
                        .statusCode())
                .isEqualTo(200);
        String results =
                "/api/v1/applications/results?agency=so-tu-phap&month=" + YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String resultsBefore = web.get(results).body();
        String publicBefore = web.get("/api/v1/applications/status/" + code).body();
        String record = "/api/v1/eservice-desk/applications/" + code;
        String fileId = group(
                "\"files\":\\[\\{[^}]*\"id\":([0-9]+)",
                official("GET", record, null).body());
        WebClient console = new WebClient(web.resolve("/"));
        console.login(OFFICIAL, DemoPasswords.of(OFFICIAL));
        assertThat(console.get("/admin/dich-vu-cong/tep/" + fileId).statusCode())
                .isEqualTo(200);

        HttpResponse<String> nobody = official("POST", record + "/erasure", "{\"reference\":\"Đơn số 12\"}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("requestedBy");

        HttpResponse<String> erased = official(
                "POST",
                record + "/erasure",
                "{\"requestedBy\":\"ASKER\",\"reference\":\"Đơn đề nghị ngày 01/12/2026\"}");
        assertThat(erased.statusCode()).isEqualTo(200);
        for (String view : List.of(erased.body(), official("GET", record, null).body())) {
            assertThat(view)
                    .contains(
                            code, "\"state\":\"RECEIVED\"", "\"requestedBy\":\"ASKER\"", "Đơn đề nghị ngày 01/12/2026")
                    .contains("\"files\":[]", "Đã gọi điện cho bà")
                    .doesNotContain(NAME, ID_NUMBER, PHONE, ADDRESS, "@example.com", "thanh-phan-1.pdf");
        }
        assertThat(official("POST", record + "/erasure", "{\"requestedBy\":\"AUTHORITY\"}")
                        .statusCode())
                .isEqualTo(409);

        assertThat(console.get("/admin/dich-vu-cong/tep/" + fileId).statusCode())
                .isEqualTo(404);
        assertThat(web.get(results).body()).isEqualTo(resultsBefore);
        assertThat(web.get("/api/v1/applications/status/" + code).body()).isEqualTo(publicBefore);
        assertThat(PdfText.of(receipt(code, secret).body()))
                .contains(code, "Sở Tư pháp", "(đã xóa theo yêu cầu)")
                .doesNotContain(NAME, "thanh-phan-1.pdf");
    }

    @Test
    void theResultsOfNoAgencyAreA400NamingTheParameter() {
        for (String path :
                List.of("/api/v1/applications/results", "/api/v1/applications/results?agency=%20&month=2026-11")) {
            HttpResponse<String> none = web.get(path);
            assertThat(none.statusCode()).as(path).isEqualTo(400);
            assertThat(none.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(none.body()).contains("\"agency\"");
        }
        assertThat(web.get("/api/v1/applications/results?agency=so-tu-phap").statusCode())
                .isEqualTo(200);
        assertThat(web.get("/api/v1/applications/results?agency=khong-co").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theFormSaysItsOwnCheckTextsAndWhatTheMailBringsInBothLanguages() {
        String vi = web.get("/thu-tuc-hanh-chinh/" + JUDICIAL_RECORD + "/nop-ho-so/ca-nhan")
                .body();
        assertThat(vi)
                .contains(
                        "data-verified=\"Đã xác minh; bạn có thể nộp hồ sơ.\"",
                        "data-verifying=\"Đang xác minh chống gửi tự động trước khi nộp hồ sơ…\"",
                        "chưa nộp được hồ sơ",
                        "giấy tiếp nhận (PDF) tải được ngay sau khi nộp")
                .doesNotContain("bạn có thể gửi câu hỏi", "Đang xác minh chống gửi tự động…\"");
        String en = web.get("/en/thu-tuc-hanh-chinh/" + JUDICIAL_RECORD + "/nop-ho-so/ca-nhan")
                .body();
        assertThat(en)
                .contains("data-verified=\"Checked; you may send the dossier.\"", "the dossier cannot be sent yet")
                .doesNotContain("you may send your question");
    }

    @Test
    void theApplicantSupplementsAndWithdrawsOnTheTrackingPageThoughItsViewKeepsNoState() {
        HttpResponse<String> sent = submit(JUDICIAL_RECORD, files(1, 2));
        String code = group("\"code\":\"(DV-[0-9A-Z-]{9})\"", sent.body());
        String secret = group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body());
        assertThat(move(code, "RECEIVE", null).statusCode()).isEqualTo(200);
        assertThat(move(code, "START_PROCESSING", null).statusCode()).isEqualTo(200);
        assertThat(move(code, "REQUEST_SUPPLEMENT", "Gửi lại bản chụp căn cước").statusCode())
                .isEqualTo(200);

        HttpResponse<String> supplemented = web.upload(
                "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml",
                Map.of(
                        "track:code", code,
                        "track:secret", secret,
                        "track:components", "2",
                        "track:note", "Bản chụp rõ hơn",
                        "track:supplement", "x"),
                "track:files",
                "can-cuoc-ro.pdf",
                Base64.getDecoder().decode(PDF));
        assertThat(supplemented.body()).contains("Đã gửi phần bổ sung");
        assertThat(web.get("/api/v1/applications/status/" + code).body()).contains("\"state\":\"PROCESSING\"");

        HttpResponse<String> withdrawn = web.upload(
                "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml",
                Map.of(
                        "track:code",
                        code,
                        "track:secret",
                        secret,
                        "track:reason",
                        "Tôi nộp nhầm thủ tục",
                        "track:withdraw",
                        "x"),
                "track:files",
                "",
                new byte[0]);
        assertThat(withdrawn.body()).contains("Đã rút hồ sơ.");
        assertThat(web.get("/api/v1/applications/status/" + code).body()).contains("\"state\":\"WITHDRAWN\"");
    }

    private HttpResponse<byte[]> receipt(String code, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve("/api/v1/applications/" + code + "/receipt"))
                .header("Accept-Language", "vi")
                .GET();
        return web.sendForBytes(
                secret == null
                        ? request.build()
                        : request.header("Dossier-Secret", secret).build());
    }

    @Test
    void theTrackingPageShowsTheStatusWithoutPersonalDataAndTheConsoleShowsTheDossier() {
        HttpResponse<String> sent = submit(JUDICIAL_RECORD, files(1, 2));
        String code = group("\"code\":\"(DV-[0-9A-Z-]{9})\"", sent.body());
        assertThat(move(code, "RECEIVE", "Tiếp nhận trực tuyến").statusCode()).isEqualTo(200);

        HttpResponse<String> page =
                web.submit("/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml", Map.of("track:code", code, "track:lookup", "x"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(code, "Đã tiếp nhận", "Sở Tư pháp", "Ngày hẹn trả kết quả")
                .doesNotContain(NAME, ID_NUMBER, PHONE, ADDRESS, "Tiếp nhận trực tuyến");
        HttpResponse<String> unknown = new WebClient(web.resolve("/"))
                .submit(
                        "/thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml",
                        Map.of("track:code", "DV-0000-0000", "track:lookup", "x"));
        assertThat(unknown.body()).contains("Không tìm thấy hồ sơ");

        WebClient console = new WebClient(web.resolve("/"));
        console.login(OFFICIAL, DemoPasswords.of(OFFICIAL));
        HttpResponse<String> desk = console.get("/admin/dich-vu-cong/dossiers.xhtml");
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.body()).contains("Giải quyết hồ sơ", code);
        assertThat(web.get("/admin/dich-vu-cong/dossiers.xhtml").body()).doesNotContain(code);
    }

    private HttpResponse<String> submit(String procedure, String files) {
        String json =
                """
                {"procedure":"%s","particulars":{"kind":"INDIVIDUAL","name":"%s","nationality":"Việt Nam",\
                "occupation":"Giáo viên","idNumber":"%s","address":"%s","phone":"%s","email":"ngoc.%d@example.com"},\
                "declaration":true,"consent":true,\
                "consentVersion":"2026-1","files":[%s],%s}"""
                        .formatted(procedure, NAME, ID_NUMBER, ADDRESS, PHONE, System.nanoTime(), files, challenge());
        return post("/api/v1/applications", json);
    }

    private static String files(int... components) {
        StringBuilder files = new StringBuilder();
        for (int component : components) {
            files.append(files.isEmpty() ? "" : ",").append(file(component));
        }
        return files.toString();
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

    private HttpResponse<String> move(String code, String move, String comment) {
        return official(
                "POST",
                "/api/v1/eservice-desk/applications/" + code + "/moves",
                "{\"move\":\"" + move + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    private HttpResponse<String> post(String path, String json) {
        return web.send(HttpRequest.newBuilder(web.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> official(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve(path))
                .header("Authorization", WebClient.basic(OFFICIAL, DemoPasswords.of(OFFICIAL)))
                .header("Accept-Language", "vi")
                .header("Content-Type", "application/json");
        return web.send(
                json == null
                        ? request.method(method, HttpRequest.BodyPublishers.noBody())
                                .build()
                        : request.method(method, HttpRequest.BodyPublishers.ofString(json))
                                .build());
    }

    private static String group(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
