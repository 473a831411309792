package vn.egov.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;

/** The official's first minutes in a real browser: keyboard, log-in, console, log-out. */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

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
    void theFirstTabReachesTheSkipLinkWhichJumpsToTheContent() {
        browser.get(base.toString());

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Bỏ qua, đến nội dung chính");

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void anOfficialLogsInWithTheKeyboardUsesTheConsoleAndLogsOut() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys("wrong-password-123", Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".form-errors")).getText())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng.");

        browser.get(base + "admin/");
        assertThat(browser.getCurrentUrl())
                .as("the console asks for a log-in again")
                .contains("login.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập hệ thống quản trị");
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(PortalDeployment.adminPassword(), Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/admin/"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, admin");
        assertThat(browser.findElement(By.id("menu")).getText()).contains("Người dùng và phân quyền");

        browser.findElement(By.linkText("Người dùng và phân quyền")).click();
        waitFor(ExpectedConditions.urlContains("nguoi-dung/accounts.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Người dùng và phân quyền");
        assertThat(browser.findElement(By.id("list:accounts")).getText()).contains("admin", "bientap-sotp");

        browser.findElement(By.id("session:logout")).click();
        waitFor(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(browser.findElement(By.cssSelector(".form-notice")).getText())
                .isEqualTo("Bạn đã đăng xuất.");
        browser.get(base + "admin/index.xhtml");
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.findElements(By.cssSelector(".form-notice"))).isEmpty();
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }
}
