package vn.egov.portal.test.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages (chromium, chromium-driver). Without them the
 * browser tests are skipped on a developer machine, but fail in CI, which sets
 * PORTAL_REQUIRE_BROWSER=true and installs both.
 */
public final class Browser {

    private Browser() {}

    public static WebDriver start() {
        File chromium = new File(System.getProperty("portal.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));
        boolean present = chromium.canExecute() && driver.canExecute();
        if (!present && "true".equals(System.getenv("PORTAL_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium or ChromeDriver missing: " + chromium + ", " + driver);
        }
        assumeTrue(present, "Chromium not installed; browser test skipped (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("portal-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--lang=vi",
                    "--user-data-dir=" + profile,
                    "--window-size=1280,900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver)
                    .build();
            WebDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return browser;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in on the form and waits for the console. */
    public static void logIn(WebDriver browser, URL base, String username, String password) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password, Keys.ENTER);
        waitUpTo(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/admin/"));
    }

    /** A wait that ignores elements redrawn by an Ajax update while it polls. */
    public static WebDriverWait waitUpTo(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
