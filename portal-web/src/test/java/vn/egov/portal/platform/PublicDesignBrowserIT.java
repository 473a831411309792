package vn.egov.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;

/**
 * The public site's design as a reader meets it in Chromium: axe-core finds no WCAG 2.1 A/AA violation on
 * any public page type in either language, nothing scrolls sideways on a 360 px phone, the menu folds,
 * the display options follow the reader from page to page, and print leaves out the navigation.
 */
@ExtendWith(ArquillianExtension.class)
class PublicDesignBrowserIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    /** One Chromium per test, closed after it; axe needs a longer script timeout than the default. */
    @RegisterExtension
    final BeforeEachCallback opened = context -> {
        browser = Browser.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    };

    @RegisterExtension
    final AfterEachCallback closed = context -> Optional.ofNullable(browser).ifPresent(WebDriver::quit);

    @Test
    void axeFindsNoWcag21AaViolationOnAnyPublicPageTypeInEitherLanguage() {
        String axe = axeScript();
        List<String> violations = new ArrayList<>();
        for (String page : pageTypes()) {
            for (String address : List.of(page, "/en" + page)) {
                open(address);
                ((JavascriptExecutor) browser).executeScript(axe);
                Object found = ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                """
                                const done = arguments[arguments.length - 1];
                                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                                    .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): '
                                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                                    .catch(error => done(['axe failed: ' + error]));
                                """,
                                WCAG_21_AA);
                for (Object violation : (List<?>) found) {
                    violations.add(address + " → " + violation);
                }
            }
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void onA360PixelPhoneNothingScrollsSidewaysAndTheMenuFoldsIntoADisclosure() {
        browser.manage().window().setSize(new Dimension(360, 800));
        List<String> wide = new ArrayList<>();
        for (String page : pageTypes()) {
            open(page);
            long scroll = number("return document.documentElement.scrollWidth;");
            long viewport = number("return document.documentElement.clientWidth;");
            if (scroll > viewport) {
                wide.add(page + ": " + scroll + " px wide in " + viewport);
            }
        }
        assertThat(wide).as("pages wider than the phone").isEmpty();
        assertThat(number("return document.documentElement.clientWidth;"))
                .as("the page was laid out for the phone's width")
                .isLessThanOrEqualTo(360);

        open("/");
        assertThat(browser.findElement(By.cssSelector(".menu-row")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector(".menu-disclosure .nav-list"))
                        .isDisplayed())
                .isFalse();
        browser.findElement(By.cssSelector(".menu-disclosure summary")).click();
        assertThat(browser.findElement(By.cssSelector(".menu-disclosure .nav-list"))
                        .getText())
                .contains("Văn bản", "Hỏi – Đáp", "Liên hệ");

        browser.manage().window().setSize(new Dimension(1366, 900));
        open("/");
        assertThat(browser.findElement(By.cssSelector(".menu-disclosure")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector(".menu-row")).getText()).contains("Văn bản");
    }

    @Test
    void largerTextAndHighContrastFollowTheReaderFromPageToPageWithoutScript() {
        open("/lich/");
        assertThat(style("html", "fontSize")).isEqualTo("16px");

        browser.findElement(By.cssSelector("a[data-display='chu-lon']")).click();
        assertThat(browser.getCurrentUrl())
                .as("the link comes back to the page")
                .endsWith("/lich/");
        open("/van-ban/");
        assertThat(style("html", "fontSize")).isEqualTo("20px");
        assertThat(style("a[data-display='chu-lon']", "fontWeight")).isEqualTo("700");

        browser.findElement(By.cssSelector("a[data-display='tuong-phan-cao']")).click();
        assertThat(style("body", "backgroundColor")).isEqualTo("rgb(0, 0, 0)");
        assertThat(style("html", "fontSize")).as("both options at once").isEqualTo("20px");

        browser.findElement(By.cssSelector("a[data-display='chu-thuong']")).click();
        browser.findElement(By.cssSelector("a[data-display='tuong-phan-thuong']"))
                .click();
        assertThat(style("html", "fontSize")).isEqualTo("16px");
        assertThat(style("body", "backgroundColor")).isNotEqualTo("rgb(0, 0, 0)");
    }

    @Test
    void printingAnArticleLeavesOutTheNavigationAndPrintsTheAddressAndDate() {
        open(articlePath());
        assertThat(browser.findElement(By.cssSelector(".print-source")).isDisplayed())
                .isFalse();

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(browser.findElement(By.cssSelector(".main-nav")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector(".site-search")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector(".site-footer")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector(".print-source")).getText())
                .contains("Địa chỉ trang:", base.getHost(), "/tin/", "Truy cập lúc:");
        assertThat(browser.findElement(By.cssSelector(".article h1")).isDisplayed())
                .isTrue();
    }

    /** One address of every public page type, found the way a reader finds them: by following links. */
    private List<String> pageTypes() {
        Set<String> pages = new LinkedHashSet<>(List.of(
                "/",
                "/chuyen-muc/tin-tuc-su-kien",
                articlePath(),
                "/van-ban/",
                firstLink("/van-ban/", "#documents a"),
                "/lich/",
                "/hoi-dap/",
                firstLink("/hoi-dap/", ".qa-item h2 a"),
                "/hoi-dap/dat-cau-hoi.xhtml",
                "/hoi-dap/dat-cau-hoi.xhtml?loai=ca-nhan",
                "/hoi-dap/tra-cuu.xhtml",
                "/lanh-dao/",
                firstLink("/lanh-dao/", ".leader-card a"),
                "/lanh-dao/lich-tuan.xhtml",
                "/to-chuc/",
                "/lien-he/",
                "/cong-bao/",
                "/so-tu-phap/",
                "/trang-khong-co/",
                "/login.xhtml"));
        return List.copyOf(pages);
    }

    private String articlePath() {
        return firstLink("/", ".lead-feature h2 a");
    }

    private String firstLink(String page, String css) {
        open(page);
        String href = browser.findElement(By.cssSelector(css)).getAttribute("href");
        return href.substring(base.toString().length() - 1);
    }

    private void open(String address) {
        browser.get(base.toString().replaceAll("/$", "") + address);
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private String style(String css, String property) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript(
                        "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", css, property);
    }

    /** axe-core as the build brought it from npm (portal-web/pom.xml); CI must have it. */
    private static String axeScript() {
        Path script = Path.of(System.getProperty("portal.axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
        boolean present = Files.isReadable(script);
        if (!present && "true".equals(System.getenv("PORTAL_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("axe-core missing: " + script);
        }
        assumeTrue(present, "axe-core not installed (" + script + "); accessibility check skipped");
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
