package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;
import vn.egov.portal.test.client.SampleFiles;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * After the application (ApplyBrowserIT sends the form in the browser), the citizen follows the
 * dossier in a real browser with the code and secret of the receipt: the official of the Justice
 * department asks for a supplement, the page shows the request and that the clock stopped with the
 * working days left, the citizen sends the missing file from the page and the clock runs again; once
 * the result is handed over, the page shows it and the citizen rates the service once. The official's
 * moves go through the desk API; the page never shows the applicant's particulars.
 */
@ExtendWith(ArquillianExtension.class)
class DossierTrackingBrowserIT {

    private static final String JUDICIAL_RECORD = "2.000488.000.00.00.H12";
    private static final String OFFICIAL = "traloi-sotp";
    private static final String NAME = "Hoàng Văn Thái";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;
    WebClient web;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        web = new WebClient(base.toURI());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenSupplementsWhatTheOfficialAsksForThenTracksTheResultAndRatesIt() throws Exception {
        HttpResponse<String> sent = apply();
        assertThat(sent.statusCode()).isEqualTo(201);
        String code = group("\"code\":\"(DV-[0-9A-Z]{4}-[0-9A-Z]{4})\"", sent.body());
        String secret = group("\"secret\":\"([0-9A-Z-]{14})\"", sent.body());
        assertThat(move(code, "RECEIVE", null)).isEqualTo(200);
        assertThat(move(code, "START_PROCESSING", null)).isEqualTo(200);
        assertThat(move(code, "REQUEST_SUPPLEMENT", "Bản chụp căn cước bị mờ, đề nghị gửi lại bản rõ nét"))
                .isEqualTo(200);

        track(code, secret);
        assertThat(text("track"))
                .contains(code, "Chờ bổ sung hồ sơ", "Bản chụp căn cước bị mờ", "Tạm dừng tính thời hạn")
                .containsPattern("Còn \\d+ ngày làm việc khi tiếp tục giải quyết")
                .doesNotContain(NAME, "001199054321");

        browser.findElement(By.id("track:supplement")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("track"), "Gửi ít nhất một tệp bổ sung."));
        assertThat(text("track"))
                .as("the refused supplement leaves the dossier shown")
                .contains("Chờ bổ sung hồ sơ");
        new Select(browser.findElement(By.id("track:components"))).selectByIndex(1);
        browser.findElement(By.id("track:files"))
                .sendKeys(SampleFiles.write("can-cuoc-ro-net", ".pdf", SampleFiles.PDF)
                        .toString());
        browser.findElement(By.id("track:note")).sendKeys("Gửi lại bản chụp rõ nét.");
        browser.findElement(By.id("track:supplement")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("track"), "Đã gửi phần bổ sung; thời hạn giải quyết tiếp tục."));
        assertThat(text("track")).contains("Đang giải quyết").doesNotContain("Tạm dừng tính thời hạn");

        assertThat(move(code, "MARK_RESULT_READY", "Mời nhận kết quả tại bộ phận một cửa"))
                .isEqualTo(200);
        assertThat(move(code, "COMPLETE", null)).isEqualTo(200);
        track(code, secret);
        assertThat(text("track")).contains("Đã trả kết quả", "Đánh giá mức độ hài lòng");
        browser.findElement(By.cssSelector("input[name='track:rating'][value='SATISFIED']"))
                .click();
        browser.findElement(By.id("track:comment")).sendKeys("Cán bộ hướng dẫn tận tình.");
        browser.findElement(By.id("track:rate")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("track"), "Ông/bà đã đánh giá hồ sơ này. Cảm ơn ông/bà."));
        assertThat(browser.findElements(By.id("track:rate")))
                .as("a dossier is rated once")
                .isEmpty();
    }

    /** Opens the tracking page and looks the dossier up with the receipt's code and secret. */
    private void track(String code, String secret) {
        browser.get(base + "thu-tuc-hanh-chinh/tra-cuu-ho-so.xhtml");
        browser.findElement(By.id("track:code")).sendKeys(code);
        browser.findElement(By.id("track:secret")).sendKeys(secret);
        browser.findElement(By.id("track:lookup")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("status-heading")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private HttpResponse<String> apply() {
        String challenge = group(
                "\"challenge\":\"([^\"]+)\"",
                web.get("/api/v1/applications/form").body());
        String pdf = Base64.getEncoder().encodeToString(SampleFiles.PDF);
        String json =
                """
                {"procedure":"%s","particulars":{"kind":"INDIVIDUAL","name":"%s","nationality":"Việt Nam",\
                "occupation":"Nông dân","idNumber":"001199054321","address":"Xóm Nà Rị, xã Đàm Thủy","phone":"0912000111",\
                "email":"thai.theodoi@example.vn"},"declaration":true,"consent":true,"consentVersion":"2026-1",\
                "files":[{"component":1,"fileName":"to-khai.pdf","content":"%s"},\
                {"component":2,"fileName":"can-cuoc.pdf","content":"%s"}],"challenge":"%s","nonce":"%s"}"""
                        .formatted(JUDICIAL_RECORD, NAME, pdf, pdf, challenge, ProofOfWork.solve(challenge));
        return web.send(HttpRequest.newBuilder(web.resolve("/api/v1/applications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private int move(String code, String move, String comment) {
        return web.send(HttpRequest.newBuilder(web.resolve("/api/v1/eservice-desk/applications/" + code + "/moves"))
                        .header("Authorization", WebClient.basic(OFFICIAL, DemoPasswords.of(OFFICIAL)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"move\":\"" + move + "\""
                                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}"))
                        .build())
                .statusCode();
    }

    private static String group(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
