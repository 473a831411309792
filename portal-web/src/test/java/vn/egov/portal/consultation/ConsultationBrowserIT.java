package vn.egov.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;
import vn.egov.portal.test.client.SampleFiles;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * A citizen comments on one article of the demo's open draft in a real browser: the form solves its
 * challenge by itself, says next to each field what is missing, refuses a program named as a PDF,
 * keeps what was typed and thanks the citizen with the comment's number once a real document is
 * attached. The agency answers the comments of a closed draft and publishes the summary of responses.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationBrowserIT {

    private static final String DRAFT =
            "Dự thảo Quyết định ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh";
    private static final String CLOSED = "Dự thảo Quyết định quy định mức chi hỗ trợ hòa giải ở cơ sở";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenCommentsOnOneArticleWithAFile() throws IOException {
        browser.get(base + "lay-y-kien/");
        browser.findElement(By.linkText(DRAFT)).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(DRAFT);
        assertThat(browser.findElement(By.id("consent-text")).getText())
                .contains("Nghị định 13/2023/NĐ-CP", "Phiên bản điều khoản: 1");

        Select part = new Select(browser.findElement(By.id("comment:partPosition")));
        assertThat(part.getFirstSelectedOption().getText()).isEqualTo("Toàn bộ dự thảo");
        String article = part.getOptions().stream()
                .map(WebElement::getText)
                .filter(label -> label.startsWith("Điều 3."))
                .findFirst()
                .orElseThrow();
        part.selectByVisibleText(article);
        browser.findElement(By.id("comment:name")).sendKeys("Nguyễn Thị Hoa");
        send();

        assertThat(browser.findElement(By.id("comment:messages")).getText()).contains("Ý kiến chưa được gửi");
        assertThat(text("comment:body-error")).isEqualTo("Nhập nội dung góp ý.");
        assertThat(text("comment:consentVersion-error")).contains("Cần đồng ý");
        assertThat(browser.findElement(By.id("comment:name")).getAttribute("value"))
                .isEqualTo("Nguyễn Thị Hoa");
        assertThat(new Select(browser.findElement(By.id("comment:partPosition")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(article);

        browser.findElement(By.id("comment:body"))
                .sendKeys("Đề nghị quy định rõ thời hạn cập nhật thông tin là 24 giờ kể từ khi văn bản được ký.");
        browser.findElement(By.id("comment:consentVersion")).click();
        attach(SampleFiles.write("chuong-trinh", ".pdf", SampleFiles.PROGRAM_NAMED_PDF));
        send();

        assertThat(text("comment:attachment-error"))
                .as("a file is checked by its content, not its name")
                .isEqualTo(
                        "Nội dung tệp không thuộc định dạng được phép theo Điều 11.2 (kiểm tra theo nội dung, không theo tên"
                                + " tệp).");
        assertThat(browser.findElement(By.id("comment:body")).getAttribute("value"))
                .startsWith("Đề nghị quy định rõ thời hạn");
        assertThat(browser.findElement(By.id("comment:consentVersion")).isSelected())
                .isTrue();

        attach(SampleFiles.write("y-kien-bang-van-ban", ".pdf", SampleFiles.PDF));
        send();

        WebElement done = browser.findElement(By.id("comment-done"));
        assertThat(done.getText())
                .contains(
                        "Cảm ơn bạn đã góp ý cho dự thảo.", "Ý kiến số ", "sau khi cơ quan chủ trì soạn thảo xem xét");
        assertThat(browser.findElements(By.id("comment")))
                .as("the form makes way for the thanks")
                .isEmpty();
    }

    /**
     * The lead agency answers each comment and the campaign of the demo's closed draft on hòa giải (one
     * answer for the six copies), cannot publish before the last answer, publishes the summary, and
     * readers find the table on the consultation's page.
     */
    @Test
    void theAgencyAnswersEveryCommentAndPublishesTheSummary() {
        Browser.logIn(browser, base, "thuky", DemoPasswords.of("thuky"));
        browser.get(base + "admin/lay-y-kien/consultations.xhtml");
        browser.findElement(By.linkText(CLOSED)).click();
        assertThat(text("unanswered")).contains("Còn 4 ý kiến");
        assertThat(text("answers:groups")).contains("6 bản gần giống nhau (vận động tập thể)");

        click("answers:publishSummary");
        assertThat(text("messages")).contains("Còn ý kiến chưa được trả lời");
        click("answers:groups:0:answer");
        assertThat(text("messages")).contains("Chọn ý kiến tiếp thu.", "Nhập nội dung giải trình.");

        String[] verdicts = {"Tiếp thu", "Không tiếp thu", "Tiếp thu một phần", "Tiếp thu"};
        for (int row = 0; row < verdicts.length; row++) {
            new Select(browser.findElement(By.id("answers:groups:" + row + ":verdict")))
                    .selectByVisibleText(verdicts[row]);
            browser.findElement(By.id("answers:groups:" + row + ":explanation"))
                    .sendKeys("Giải trình số " + (row + 1) + " của Sở Tư pháp.");
            click("answers:groups:" + row + ":answer");
            assertThat(text("messages")).contains("Đã lưu trả lời");
        }
        assertThat(text("unanswered")).contains("Còn 0 ý kiến");
        click("answers:publishSummary");
        assertThat(text("messages")).contains("Đã công bố bản tổng hợp ý kiến.");
        assertThat(text("state")).isEqualTo("Đã công bố tổng hợp");
        assertThat(text("answers")).contains("Giải trình số 3 của Sở Tư pháp.", "Tiếp thu một phần");
        assertThat(browser.findElements(By.id("answers:publishSummary"))).isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(base + "lay-y-kien/");
        browser.findElement(By.linkText(CLOSED)).click();
        String summary = text("summary");
        assertThat(summary)
                .contains("Bản tổng hợp, tiếp thu, giải trình ý kiến", "Điều 2. Mức chi thù lao cho hòa giải viên")
                .contains("6 bản gần giống nhau (vận động tập thể)", "Giải trình số 3 của Sở Tư pháp.")
                .contains("Không tiếp thu", "Toàn bộ dự thảo");
        assertThat(text("phase")).contains("Đã có bản tổng hợp ý kiến");
    }

    /** Clicks an Ajax button and waits until the answer has redrawn it. */
    private void click(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        Browser.waitUpTo(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }

    private void attach(Path file) {
        browser.findElement(By.id("comment:attachment")).sendKeys(file.toString());
    }

    /** Sends the form and waits for the page that answers it (the challenge is solved first). */
    private void send() {
        WebElement button = browser.findElement(By.id("comment:submit"));
        button.click();
        Browser.waitUpTo(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
