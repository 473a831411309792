package vn.egov.portal.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * Q&A as citizens, integrators and officials meet it over HTTP: the API from submission to the
 * published answer, its errors (400 naming every field in the asker's language, 403, 429), the
 * public pages and form without JavaScript, a citizen in Chromium, and proof that nothing public
 * carries personal data.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionsPublicIT {

    private static final String PDF_BASE64 = java.util.Base64.getEncoder()
            .encodeToString("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"(HD-[0-9A-Z]{4}-[0-9A-Z]{4})\"");

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
    void aQuestionTravelsFromTheApiToAPublishedAnswer() {
        HttpResponse<String> created = ask(
                individual(
                                email(),
                                "Đăng ký kết hôn có yếu tố nước ngoài",
                                "Tôi là Phan Thị Ngọc Ánh, số 0915 246 810. Đăng ký kết hôn với người nước ngoài ở đâu?")
                        + ",\"attachments\":[{\"fileName\":\"giay-to.pdf\",\"content\":\"" + PDF_BASE64 + "\"}]",
                "vi");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control"))
                .as("the receipt")
                .contains("no-store");
        String code = group(CODE, created.body());
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/questions/status/" + code));
        HttpResponse<String> status = web.get("/api/v1/questions/status/" + code);
        assertThat(status.headers().firstValue("Cache-Control"))
                .as("the look-up")
                .contains("no-store");
        assertThat(status.body()).contains("\"status\":\"RECEIVED\"").doesNotContain("Ánh", "0915", "@example");

        Object id = idOf(code);
        assertThat(official(
                                "thuky",
                                "POST",
                                "/api/v1/qa-desk/questions/" + id + "/routing",
                                "{\"agency\":\"so-tu-phap\"}")
                        .statusCode())
                .isEqualTo(200);
        Map<String, Object> routedCase = map(official("thuky", "GET", "/api/v1/qa-desk/questions/" + id, null)
                .body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) routedCase.get("attachments");
        assertThat(files).singleElement().satisfies(file -> assertThat(file).containsEntry("format", "PDF"));
        WebClient console = new WebClient(web.resolve("/"));
        String download = "/admin/hoi-dap/tep/" + files.get(0).get("id");
        assertThat(console.get(download).statusCode()).as("officials only").isEqualTo(302);
        console.login("thuky", DemoPasswords.of("thuky"));
        HttpResponse<String> pdf = console.get(download);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        HttpResponse<String> answered = official(
                "traloi-sotp",
                "POST",
                "/api/v1/qa-desk/questions/" + id + "/answer",
                """
                {"text":"Công dân nộp hồ sơ tại Sở Tư pháp.","citations":[{"numberSymbol":"123/2015/NĐ-CP",
                "excerpt":"Quy định chi tiết Luật Hộ tịch","issuedOn":"2015-11-15","issuingBody":"Chính phủ"}]}""");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"state\":\"ANSWERED\"", "123/2015/NĐ-CP");

        assertThat(web.get("/hoi-dap/").body()).doesNotContain("Đăng ký kết hôn có yếu tố nước ngoài");
        HttpResponse<String> draft =
                official("thuky", "GET", "/api/v1/qa-desk/questions/" + id + "/publication-draft", null);
        String title = (String) map(draft.body()).get("title");
        String body = (String) map(draft.body()).get("body");
        assertThat(body).doesNotContain("Phan Thị Ngọc Ánh", "0915").contains("[…]");
        HttpResponse<String> published = official(
                "thuky",
                "POST",
                "/api/v1/qa-desk/questions/" + id + "/publication",
                new Json()
                        .toJson(Map.of("title", title, "body", body, "answer", "Công dân nộp hồ sơ tại Sở Tư pháp.")));
        assertThat(published.statusCode()).isEqualTo(200);

        HttpResponse<String> shown = web.get("/api/v1/questions/" + id);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains(
                        "Công dân nộp hồ sơ tại Sở Tư pháp.",
                        "\"numberSymbol\":\"123/2015/NĐ-CP\"",
                        "\"issuingBody\":\"Chính phủ\"",
                        "không phải là cơ sở pháp lý")
                .doesNotContain("Phan Thị Ngọc Ánh", "0915", "@example.com", "004196012345");
        assertThat(web.get("/api/v1/questions?field=tu-phap-ho-tich&agency=so-tu-phap&q=ket%20hon")
                        .body())
                .contains("\"id\":" + id);
        assertThat(web.get("/api/v1/questions/status/" + code).body()).contains("\"status\":\"PUBLISHED\"");
        assertThat(web.get("/hoi-dap/").body())
                .as("the cached list follows the publication")
                .contains(
                        "Đăng ký kết hôn có yếu tố nước ngoài",
                        "/hoi-dap/" + id + "-dang-ky-ket-hon-co-yeu-to-nuoc-ngoai");
        assertThat(web.get("/").body()).contains("Hỏi – Đáp", "/hoi-dap/" + id + "-dang-ky-ket-hon");
        assertThat(web.get("/hoi-dap/" + id + "-dang-ky-ket-hon-co-yeu-to-nuoc-ngoai")
                        .body())
                .contains("Đăng ký kết hôn có yếu tố nước ngoài", "123/2015/NĐ-CP", "chỉ có ý nghĩa tham khảo")
                .doesNotContain("Phan Thị Ngọc Ánh", "0915 246 810");

        assertThat(official("thuky", "DELETE", "/api/v1/qa-desk/questions/" + id + "/publication?note=sai", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(web.get("/api/v1/questions/" + id).statusCode())
                .as("a withdrawn answer is gone, not unknown")
                .isEqualTo(410);
        String answerPage = "/hoi-dap/" + id + "-dang-ky-ket-hon-co-yeu-to-nuoc-ngoai";
        web.get(answerPage);
        HttpResponse<String> gone = web.get(answerPage);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("X-Portal-Cache"))
                .as("never cached")
                .isEmpty();
        assertThat(gone.body()).contains("Không còn đăng tải").doesNotContain("Published question");
        assertThat(web.get("/en" + answerPage).body()).contains("No longer published");
    }

    @Test
    void everyMissingFieldIsNamedInTheAskersLanguage() {
        String form = challengeFields();
        HttpResponse<String> english =
                post("/api/v1/questions", "{\"particulars\":{\"kind\":\"INDIVIDUAL\"}," + form + "}", "en");
        HttpResponse<String> vietnamese =
                post("/api/v1/questions", "{\"particulars\":{\"kind\":\"ORGANISATION\",\"email\":\"x@\"}}", "vi");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        for (String field : List.of(
                "particulars.name",
                "particulars.nationality",
                "particulars.occupation",
                "particulars.idNumber",
                "particulars.address",
                "particulars.phone",
                "particulars.email",
                "title",
                "body",
                "field",
                "consent")) {
            assertThat(english.body()).contains("\"field\":\"" + field + "\"");
        }
        assertThat(english.body()).contains("Please enter your ID card or passport number.");
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body())
                .contains(
                        "Vui lòng nhập họ và tên người đại diện.",
                        "Địa chỉ thư điện tử không hợp lệ.",
                        "\"field\":\"challenge\"");
    }

    @Test
    void answeringAQuestionRoutedElsewhereIsForbidden() {
        List<Map<String, Object>> routed = list(official("thuky", "GET", "/api/v1/qa-desk/questions?state=ROUTED", null)
                .body());
        Object elsewhere = routed.stream()
                .filter(question -> "so-y-te".equals(question.get("agency")))
                .map(question -> question.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo has a question with so-y-te"));

        HttpResponse<String> answer = official(
                "traloi-sotp",
                "POST",
                "/api/v1/qa-desk/questions/" + elsewhere + "/answer",
                "{\"text\":\"x\",\"citations\":[]}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(official("congtacvien", "GET", "/api/v1/qa-desk/questions", null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void tooManyQuestionsFromOneEmailAreTurnedAwayWith429() {
        String email = email();
        for (int i = 1; i <= 5; i++) {
            assertThat(ask(individual(email, "Câu hỏi " + i, "Nội dung câu hỏi số " + i), "vi")
                            .statusCode())
                    .isEqualTo(201);
        }
        HttpResponse<String> sixth = ask(individual(email, "Câu hỏi 6", "Nội dung câu hỏi số 6"), "en");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
        assertThat(sixth.body()).contains("too many questions");
    }

    @Test
    void nothingPublicCarriesPersonalData() throws Exception {
        String demo =
                Files.readString(Path.of("../portal-ejb/src/main/resources/seed/demo-qa.json"), StandardCharsets.UTF_8);
        List<String> secrets = Pattern.compile("\"(idNumber|phone|email)\": \"([^\"]+)\"")
                .matcher(demo)
                .results()
                .map(match -> match.group(2))
                .toList();
        assertThat(secrets).hasSizeGreaterThan(30);

        String list = web.get("/api/v1/questions?size=50").body();
        StringBuilder everythingPublic = new StringBuilder(list);
        everythingPublic
                .append(web.get("/hoi-dap/").body())
                .append(web.get("/en/hoi-dap/").body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) map(list).get("items");
        assertThat(items).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> item : items) {
            everythingPublic.append(
                    web.get("/api/v1/questions/" + item.get("id")).body());
            everythingPublic.append(
                    web.get("/hoi-dap/cau-hoi.xhtml?id=" + item.get("id")).body());
        }

        String text = everythingPublic.toString();
        assertThat(secrets).allSatisfy(secret -> assertThat(text).doesNotContain(secret));
        assertThat(text).doesNotContain("Lục Thị Mai", "Nông Văn Khải", "Triệu Thị Nhung", "Hoàng Minh Đức");
    }

    @Test
    void theFormWithoutJavaScriptNamesEveryProblemAndKeepsWhatWasTyped() {
        HttpResponse<String> page = web.submit(
                "/hoi-dap/dat-cau-hoi.xhtml?loai=ca-nhan",
                Map.of(
                        "ask:name", "Đinh Văn Hòa",
                        "ask:idNumber", "12345",
                        "ask:title", "Thủ tục cấp phép xây dựng",
                        "ask:submit", "x"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("value=\"Đinh Văn Hòa\"", "value=\"Thủ tục cấp phép xây dựng\"", "value=\"12345\"")
                .contains(
                        "Số giấy tờ không hợp lệ",
                        "Vui lòng nhập quốc tịch.",
                        "Vui lòng nhập số điện thoại.",
                        "Vui lòng đồng ý với việc xử lý thông tin cá nhân",
                        "Chưa hoàn tất bước xác minh");
        assertThat(page.headers().firstValue("Set-Cookie"))
                .as("the anonymous form opens no session")
                .isEmpty();
        assertThat(web.get("/en/hoi-dap/dat-cau-hoi.xhtml?loai=to-chuc").body())
                .contains(
                        "Representative's full name",
                        "Head-office address",
                        "action=\"/en/hoi-dap/dat-cau-hoi.xhtml?loai=to-chuc\"");
    }

    @Test
    void controlAndDirectionCharactersAreRefusedNextToTheFieldOnEveryForm() {
        HttpResponse<String> lookup =
                web.submit("/hoi-dap/tra-cuu.xhtml", Map.of("track:code", "HD-\u202EABCD-EFGH", "track:lookup", "x"));
        HttpResponse<String> ask = web.submit(
                "/hoi-dap/dat-cau-hoi.xhtml?loai=ca-nhan",
                Map.of("ask:title", "Thủ tục\u0000cấp phép", "ask:submit", "x"));
        HttpResponse<String> api = post(
                "/api/v1/questions", "{\"particulars\":{\"kind\":\"INDIVIDUAL\"},\"title\":\"x\\u202Eexe\"}", "vi");

        assertThat(lookup.body()).contains("Có ký tự không được phép").doesNotContain("Không tìm thấy câu hỏi");
        assertThat(ask.body()).contains("Có ký tự không được phép");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"title\"", "Có ký tự không được phép");
    }

    @Test
    void theApiIsDocumented() {
        assertThat(web.get("/openapi").body())
                .contains(
                        "/api/v1/questions:",
                        "/api/v1/questions/status/{trackingCode}:",
                        "/api/v1/questions/{id}:",
                        "/api/v1/qa-desk/questions/{id}/answer:",
                        "/api/v1/qa-desk/delegations:",
                        "Retry-After");
    }

    @Test
    void aCitizenAsksInTheBrowserAndFollowsTheQuestionByItsCode() throws Exception {
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "hoi-dap/");
            browser.findElement(By.linkText("Đặt câu hỏi")).click();
            browser.findElement(By.partialLinkText("Cá nhân")).click();
            browser.findElement(By.id("ask:name")).sendKeys("Nguyễn Văn Bình");
            browser.findElement(By.id("ask:nationality")).sendKeys("Việt Nam");
            browser.findElement(By.id("ask:occupation")).sendKeys("Kỹ sư");
            browser.findElement(By.id("ask:idNumber")).sendKeys("004090012345");
            browser.findElement(By.id("ask:address")).sendKeys("Tổ 5, phường Thục Phán");
            browser.findElement(By.id("ask:phone")).sendKeys("0912 345 679");
            browser.findElement(By.id("ask:email")).sendKeys(email());
            new Select(browser.findElement(By.id("ask:field"))).selectByVisibleText("Tư pháp, hộ tịch, chứng thực");
            browser.findElement(By.id("ask:title")).sendKeys("Chứng thực chữ ký người dịch");
            browser.findElement(By.id("ask:body")).sendKeys("Chứng thực chữ ký người dịch ở đâu và mất bao lâu?");
            Path scan = Files.createTempFile("giay-to", ".pdf");
            Files.write(scan, java.util.Base64.getDecoder().decode(PDF_BASE64));
            browser.findElement(By.id("ask:attachments")).sendKeys(scan.toString());
            browser.findElement(By.id("ask:consent")).click();
            browser.findElement(By.id("ask:submit")).click();

            String code = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")))
                    .getText();
            assertThat(code).matches("HD-[0-9A-Z]{4}-[0-9A-Z]{4}");
            String promised = group(
                    Pattern.compile("Hạn trả lời dự kiến: (\\d{2}/\\d{2}/\\d{4})"),
                    browser.findElement(By.cssSelector(".qa-done")).getText());

            browser.findElement(By.linkText("Theo dõi câu hỏi")).click();
            browser.findElement(By.id("track:code")).sendKeys(code.toLowerCase());
            browser.findElement(By.id("track:lookup")).click();
            String status = new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".qa-status")))
                    .getText();
            assertThat(status).contains(code, "Đã tiếp nhận, đang phân loại").doesNotContain("Nguyễn Văn Bình", "0912");
            assertThat(status)
                    .as("the look-up gives the date the receipt gave")
                    .contains("Hạn trả lời dự kiến", promised)
                    .doesNotContain("Chưa xác định");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theBoardRoutesTheAgencyAnswersAndTheBoardPublishesInTheConsole() throws Exception {
        String code = group(
                CODE,
                ask(
                                individual(
                                        email(),
                                        "Chứng thực hợp đồng mua bán xe",
                                        "Tôi là Phan Thị Ngọc Ánh. Chứng thực hợp đồng mua bán xe máy ở đâu?"),
                                "vi")
                        .body());
        WebDriver browser = Browser.start();
        try {
            logIn(browser, "thuky");
            browser.get(base + "admin/hoi-dap/questions.xhtml");
            openRow(browser, code);
            screenshot(browser, "board-question");
            browser.findElement(By.id("detail:route")).click();
            waitForText(browser, "Đã chuyển câu hỏi đến cơ quan trả lời.");
            logOut(browser);

            logIn(browser, "traloi-sotp");
            browser.get(base + "admin/hoi-dap/answers.xhtml");
            openRow(browser, code);
            browser.findElement(By.id("detail:text")).sendKeys("Hợp đồng mua bán xe được chứng thực tại UBND cấp xã.");
            browser.findElement(By.cssSelector("input[placeholder='Số, ký hiệu']"))
                    .sendKeys("23/2015/NĐ-CP");
            browser.findElement(By.cssSelector("input[placeholder='Trích yếu']"))
                    .sendKeys("Về chứng thực");
            browser.findElement(By.cssSelector("input[placeholder='Cơ quan ban hành']"))
                    .sendKeys("Chính phủ");
            browser.findElement(By.cssSelector("input[placeholder='Ngày ban hành']"))
                    .sendKeys("16/02/2015", Keys.ESCAPE);
            browser.findElement(By.id("detail:addCitation")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.numberOfElementsToBe(
                            By.cssSelector("input[placeholder='Số, ký hiệu']"), 2));
            browser.findElements(By.cssSelector("input[placeholder='Số, ký hiệu']"))
                    .get(1)
                    .sendKeys("01/2014/QĐ-UBND");
            browser.findElements(By.xpath("//button[normalize-space()='Tra cứu']"))
                    .get(1)
                    .click();
            waitForText(browser, "Đã liên kết với cơ sở dữ liệu văn bản");
            assertThat(browser.findElements(By.cssSelector("input[placeholder='Trích yếu']"))
                            .get(1)
                            .getAttribute("value"))
                    .contains("Quy chế quản lý, hoạt động và cung cấp thông tin");
            screenshot(browser, "agency-answer");
            browser.findElement(By.id("detail:answer")).click();
            waitForText(browser, "Đã gửi câu trả lời.");
            logOut(browser);

            logIn(browser, "thuky");
            browser.get(base + "admin/hoi-dap/publication.xhtml");
            openRow(browser, code);
            assertThat(browser.findElement(By.id("detail:body")).getAttribute("value"))
                    .doesNotContain("Phan Thị Ngọc Ánh")
                    .contains("[…]");
            screenshot(browser, "board-publication");
            browser.findElement(By.id("detail:publish")).click();
            waitForText(browser, "Đã đăng câu trả lời.");
        } finally {
            browser.quit();
        }
        assertThat(web.get("/hoi-dap/?q=xe%20may").body()).contains("Chứng thực hợp đồng mua bán xe");
    }

    private void logIn(WebDriver browser, String username) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoPasswords.of(username));
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/admin/"));
    }

    private void logOut(WebDriver browser) {
        browser.findElement(By.id("session:logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/")));
    }

    private static void openRow(WebDriver browser, String code) throws java.io.IOException {
        browser.findElement(By.xpath("//tr[td[normalize-space()='" + code + "']]//button"))
                .click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailPanel"), code));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            screenshot(browser, "failed-" + code);
            Files.writeString(
                    Path.of(System.getProperty("qa.screenshots", "target"), "failed-" + code + ".html"),
                    browser.getPageSource());
            throw notShown;
        }
    }

    private static void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** Saves what the official sees when -Dqa.screenshots names a folder (for reviewing the pages). */
    private static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        String folder = System.getProperty("qa.screenshots");
        if (folder != null && browser instanceof org.openqa.selenium.TakesScreenshot camera) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".png"), camera.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    private HttpResponse<String> ask(String fields, String language) {
        return post("/api/v1/questions", "{" + fields + "," + challengeFields() + "}", language);
    }

    private String challengeFields() {
        String challenge = group(
                Pattern.compile("\"challenge\":\"([^\"]+)\""),
                web.get("/api/v1/questions/challenge").body());
        return "\"challenge\":\"" + challenge + "\",\"nonce\":\"" + ProofOfWork.solve(challenge) + "\"";
    }

    private static String individual(String email, String title, String body) {
        return """
                "particulars":{"kind":"INDIVIDUAL","name":"Phan Thị Ngọc Ánh","nationality":"Việt Nam",
                "occupation":"Giáo viên","idNumber":"004196012345","address":"Số nhà 21, phố Xuân Trường",
                "phone":"0915 246 810","email":"%s"},
                "title":"%s","body":"%s","field":"tu-phap-ho-tich","consent":true,"consentVersion":"2026.1"\
                """
                .formatted(email, title, body);
    }

    private HttpResponse<String> post(String path, String json, String language) {
        return web.send(HttpRequest.newBuilder(web.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> official(String username, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve(path))
                .header("Authorization", WebClient.basic(username, DemoPasswords.of(username)))
                .header("Content-Type", "application/json");
        return web.send(
                json == null
                        ? request.method(method, HttpRequest.BodyPublishers.noBody())
                                .build()
                        : request.method(method, HttpRequest.BodyPublishers.ofString(json))
                                .build());
    }

    private Object idOf(String code) {
        return list(official("thuky", "GET", "/api/v1/qa-desk/questions?state=RECEIVED", null)
                        .body())
                .stream()
                .filter(question -> code.equals(question.get("trackingCode")))
                .map(question -> question.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in the board's queue"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String json) {
        return (List<Map<String, Object>>) new Json().toType(json, List.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String json) {
        return (Map<String, Object>) new Json().toType(json, Map.class);
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }

    private static String email() {
        return "hoi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
