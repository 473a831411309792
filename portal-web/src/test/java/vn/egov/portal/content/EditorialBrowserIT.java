package vn.egov.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * The editorial board in a real browser: a collaborator writes an article, the secretary sends it up,
 * the editor-in-chief publishes it, and a citizen finds it on the public pages at once, although those
 * pages had been cached before.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialBrowserIT {

    private static final String TITLE = "Hội chợ nông sản đặc sản Cao Bằng năm 2026";

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
    void aCollaboratorWritesTheSecretarySendsItUpTheEditorInChiefPublishes() throws IOException {
        browser.get(base + "chuyen-muc/tin-tuc-su-kien");
        assertThat(browser.getPageSource()).doesNotContain(TITLE);

        logIn("congtacvien");
        writeNew(
                "tin-tuc-su-kien",
                TITLE,
                "Hơn 200 gian hàng giới thiệu hạt dẻ, miến dong, lê Đông Khê.",
                "Hội chợ diễn ra tại quảng trường trung tâm.");
        browser.findElement(By.id("editor:save")).click();
        waitForUrl("article.xhtml?id=");
        String articlePage = browser.getCurrentUrl();
        act("Gửi duyệt");
        assertThat(state()).isEqualTo("Chờ duyệt");
        logOut();

        logIn("thuky");
        browser.get(articlePage);
        act("Nhận duyệt");
        act("Phê duyệt");
        assertThat(state()).isEqualTo("Đã duyệt");
        assertThat(browser.findElement(By.id("review:refused")).getText())
                .as("the console says why a move is not offered")
                .contains("Đăng", "Vai trò của bạn không cho phép thao tác này với tin bài này.");
        logOut();

        logIn("bientap");
        browser.get(articlePage);
        act("Đăng");
        assertThat(state()).isEqualTo("Đã đăng");
        logOut();

        logIn("congtacvien");
        browser.get(articlePage);
        assertThat(browser.findElements(By.id("editor:save")))
                .as("a published article is not offered for editing to its collaborator")
                .isEmpty();
        assertThat(browser.findElement(By.id("editor:title")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("editor:read-only")).getText()).contains("Đã đăng");
        logOut();

        browser.manage().deleteAllCookies();
        browser.get(base + "chuyen-muc/tin-tuc-su-kien");
        browser.findElement(By.linkText(TITLE)).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector(".article-body")).getText())
                .contains("quảng trường trung tâm");
        assertThat(browser.findElement(By.cssSelector(".reuse-notice")).getText())
                .contains("Theo Cổng Thông tin điện tử tỉnh Cao Bằng");
    }

    @Test
    void anImageUploadKeepsEverythingTypedInTheEditor() throws IOException {
        logIn("bientap");
        writeNew(
                "tin-tuc-su-kien",
                "Khánh thành cầu treo bản Khuổi Khon",
                "Cây cầu dài 80 mét nối hai bờ suối.",
                "Người dân đi lại an toàn mùa lũ.");
        browser.findElement(By.id("editor:coverAlt")).sendKeys("Cầu treo mới bắc qua suối");

        browser.findElement(By.id("editor:upload_input")).sendKeys(image().toString());
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img[src*='/cover?w=320']")));

        assertThat(new Select(browser.findElement(By.id("editor:category")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("tin-tuc-su-kien");
        assertThat(value("editor:title")).isEqualTo("Khánh thành cầu treo bản Khuổi Khon");
        assertThat(value("editor:summary")).isEqualTo("Cây cầu dài 80 mét nối hai bờ suối.");
        assertThat(browser.findElement(By.cssSelector("#editor\\:body .ql-editor"))
                        .getText())
                .contains("Người dân đi lại an toàn mùa lũ.");
        assertThat(value("editor:coverAlt")).isEqualTo("Cầu treo mới bắc qua suối");

        browser.findElement(By.id("editor:save")).click();
        waitForUrl("article.xhtml?id=");
        assertThat(value("editor:title")).isEqualTo("Khánh thành cầu treo bản Khuổi Khon");
        assertThat(value("editor:coverAlt")).isEqualTo("Cầu treo mới bắc qua suối");
        assertThat(browser.findElements(By.cssSelector("img[src*='/cover?w=320']")))
                .hasSize(1);
    }

    @Test
    void aBodyEchoedBackAfterAFailedSaveRunsNoScript() {
        logIn("bientap");
        browser.get(base + "admin/noi-dung/article.xhtml");
        browser.findElement(By.id("editor:title")).sendKeys("Tin chưa chọn chuyên mục");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('editor:body_input').value = arguments[0];",
                        "<p>Nội dung giữ lại</p><img src=\"x\" onerror=\"window.portalEcho = 'ran'\">");

        WebElement save = browser.findElement(By.id("editor:save"));
        save.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(save));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vui lòng chọn chuyên mục.");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.portalEcho === undefined"))
                .as("the echoed body ran no script")
                .isEqualTo(Boolean.TRUE);
        assertThat(browser.findElements(By.cssSelector("#editor [onerror]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#editor\\:body .ql-editor"))
                        .getText())
                .contains("Nội dung giữ lại");
    }

    @Test
    void refusalsStayInTheConsoleAndSayWhatIsNotAllowed() throws Exception {
        String communeArticle = firstId(new WebClient(base.toURI())
                .get("/api/v1/articles?site=xa-dam-thuy&lang=vi")
                .body());
        logIn("bientap-sotp");

        browser.get(base + "admin/noi-dung/articles.xhtml");
        browser.findElement(By.linkText("Sở Tư pháp triển khai nhiệm vụ công tác cuối năm"))
                .click();
        waitForUrl("article.xhtml?id=");
        String original = browser.getCurrentUrl();
        act("Đề xuất lên Cổng tỉnh");
        assertThat(browser.getCurrentUrl())
                .as("the proposer stays with their original; the copy is the main board's")
                .isEqualTo(original);
        assertThat(state()).isEqualTo("Đã đăng");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Đã đề xuất lên Cổng tỉnh.", "Chờ duyệt");
        assertThat(browser.findElements(
                        By.xpath("//form[@id='review']//button[.//span[text()='Đề xuất lên Cổng tỉnh']]")))
                .as("a proposal waiting upstairs is not offered again")
                .isEmpty();

        browser.get(base + "admin/noi-dung/article.xhtml?id=" + communeArticle);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không được phép");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Trang thông tin điện tử xã Đàm Thủy");
        assertThat(browser.findElement(By.id("menu")).getText())
                .as("still in the console, with the official's own menu")
                .contains("Tin bài và hàng đợi duyệt");
    }

    @Test
    void aReviewerSeesTheScreeningHitsAndWhyApprovalWaitsForThem() {
        logIn("thuky");
        browser.get(base + "admin/noi-dung/articles.xhtml");
        browser.findElement(By.linkText("Phát hiện quả bom còn sót lại sau chiến tranh tại công trường"))
                .click();
        waitForUrl("article.xhtml?id=");

        assertThat(state()).isEqualTo("Đang duyệt");
        assertThat(browser.findElement(By.cssSelector(".screening")).getText()).contains("bom");
        assertThat(browser.findElements(By.cssSelector(".screened mark"))).isNotEmpty();
        assertThat(browser.findElement(By.id("review:refused")).getText())
                .contains("Phê duyệt", "Tin bài có nội dung nghi vi phạm chưa được người duyệt xem xét.");
    }

    @Test
    void anEmptyConsoleListSaysSoAndPagesThroughNothing() {
        logIn("bientap-sotp");
        browser.get(base + "admin/noi-dung/articles.xhtml");
        browser.findElement(By.cssSelector("#queue\\:articles input.ui-column-filter"))
                .sendKeys("không có tin nào như vậy");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-datatable-empty-message")));

        assertThat(browser.findElement(By.cssSelector(".ui-datatable-empty-message"))
                        .getText())
                .isEqualTo("Không có dữ liệu.");
        assertThat(browser.findElements(By.cssSelector("#queue\\:articles .ui-paginator")))
                .isNotEmpty()
                .allSatisfy(paginator -> assertThat(paginator.isDisplayed()).isFalse());
    }

    @Test
    void aSubPortalEditorPublishesTheirOwnArticleOnTheirSubPortal() {
        logIn("bientap-sotp");
        writeNew(
                "pho-bien-phap-luat",
                "Trợ giúp pháp lý lưu động tại xã Trường Hà",
                "Luật sư giải đáp miễn phí cho người dân.",
                "Hơn 120 lượt người được tư vấn.");
        browser.findElement(By.id("editor:save")).click();
        waitForUrl("article.xhtml?id=");

        act("Gửi duyệt");
        act("Nhận duyệt");
        act("Phê duyệt");
        act("Đăng");

        assertThat(state()).isEqualTo("Đã đăng");
        assertThat(browser.findElements(By.id("review:refused"))).isEmpty();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    /** A small PNG, as a camera's picture would be uploaded. */
    private static Path image() throws IOException {
        BufferedImage picture = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D pen = picture.createGraphics();
        pen.setColor(new java.awt.Color(30, 110, 60));
        pen.fillRect(0, 0, 640, 360);
        pen.dispose();
        Path file = Files.createTempFile("cau-treo-", ".png");
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    private static String firstId(String json) {
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    /** Opens a new article in the editor and types its category, title, summary and body. */
    private void writeNew(String category, String title, String summary, String body) {
        browser.get(base + "admin/noi-dung/article.xhtml");
        new Select(browser.findElement(By.id("editor:category"))).selectByValue(category);
        browser.findElement(By.id("editor:title")).sendKeys(title);
        browser.findElement(By.id("editor:summary")).sendKeys(summary);
        browser.findElement(By.cssSelector("#editor\\:body .ql-editor")).sendKeys(body);
    }

    private void logIn(String username) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoPasswords.of(username));
        browser.findElement(By.id("login:submit")).click();
        waitForUrl("admin/index.xhtml");
    }

    private void logOut() {
        browser.findElement(By.id("session:logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /** Clicks a workflow button and waits for the page that the post returns. */
    private void act(String label) {
        WebElement button =
                browser.findElement(By.xpath("//form[@id='review']//button[.//span[text()='" + label + "']]"));
        button.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-state")));
    }

    private String state() {
        return browser.findElement(By.id("current-state")).getText();
    }

    private void waitForUrl(String part) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
        } catch (org.openqa.selenium.TimeoutException stuck) {
            throw new AssertionError(
                    "Still on " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("main")).getText(),
                    stuck);
        }
    }
}
