package vn.egov.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;

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
        Map<String, String> passwords = demoPasswords();
        browser.get(base + "chuyen-muc/tin-tuc-su-kien");
        assertThat(browser.getPageSource()).doesNotContain(TITLE);

        logIn("congtacvien", passwords);
        browser.get(base + "admin/noi-dung/article.xhtml");
        chooseCategory("tin-tuc-su-kien");
        browser.findElement(By.id("editor:title")).sendKeys(TITLE);
        browser.findElement(By.id("editor:summary"))
                .sendKeys("Hơn 200 gian hàng giới thiệu hạt dẻ, miến dong, lê Đông Khê.");
        browser.findElement(By.cssSelector("#editor\\:body .ql-editor"))
                .sendKeys("Hội chợ diễn ra tại quảng trường trung tâm.");
        browser.findElement(By.id("editor:save")).click();
        waitForUrl("article.xhtml?id=");
        String articlePage = browser.getCurrentUrl();
        act("Gửi duyệt");
        assertThat(state()).isEqualTo("Chờ duyệt");
        logOut();

        logIn("thuky", passwords);
        browser.get(articlePage);
        act("Nhận duyệt");
        act("Phê duyệt");
        assertThat(state()).isEqualTo("Đã duyệt");
        logOut();

        logIn("bientap", passwords);
        browser.get(articlePage);
        act("Đăng");
        assertThat(state()).isEqualTo("Đã đăng");
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

    private void chooseCategory(String code) {
        new Select(browser.findElement(By.id("editor:category"))).selectByValue(code);
    }

    private void logIn(String username, Map<String, String> passwords) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(passwords.get(username));
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

    /** The demo officials' passwords, written by the portal at its start (mode 0600). */
    private static Map<String, String> demoPasswords() throws IOException {
        Path file = Path.of(System.getProperty("portal.it.data"), "demo-accounts.txt");
        return Files.readAllLines(file).stream()
                .map(line -> line.split("\t"))
                .filter(parts -> parts.length >= 2)
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }
}
