package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.Browser;

/**
 * A citizen opens the online application for a procedure in the browser: chooses individual, and gets
 * exactly an individual's particulars (the include the question form uses), one file input per
 * dossier component and the declaration. With {@code -Deservice.screenshots=folder} the form is
 * saved at 360 and 1366 px. Then sends it: first without the files and the declaration (each
 * problem shown by its field, what was typed kept), then complete, and gets the receipt.
 */
@ExtendWith(ArquillianExtension.class)
class ApplyBrowserIT {

    private static final String JUDICIAL_RECORD = "2.000488.000.00.00.H12";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCitizenChoosesTheKindAndGetsTheFormWithOneFileInputPerComponent() throws Exception {
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "thu-tuc-hanh-chinh/" + JUDICIAL_RECORD + "/nop-ho-so");
            browser.findElement(By.id("as-individual")).click();
            assertThat(browser.getCurrentUrl())
                    .endsWith("/thu-tuc-hanh-chinh/" + JUDICIAL_RECORD + "/nop-ho-so/ca-nhan");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nộp hồ sơ trực tuyến");
            for (String field :
                    new String[] {"name", "nationality", "occupation", "idNumber", "address", "phone", "email"}) {
                assertThat(browser.findElements(By.id("apply:" + field)))
                        .as(field)
                        .hasSize(1);
            }
            assertThat(browser.findElements(By.id("apply:position")))
                    .as("an individual has no position")
                    .isEmpty();
            assertThat(browser.findElements(By.id("component-1"))).hasSize(1);
            assertThat(browser.findElements(By.id("component-2"))).hasSize(1);
            assertThat(browser.findElements(By.id("apply:declaration"))).hasSize(1);
            shoot(browser, "form-vi");
        } catch (RuntimeException | AssertionError failed) {
            Files.writeString(Path.of("target", "apply-failed.html"), browser.getPageSource());
            throw failed;
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCitizenSendsTheFormAfterAMistakeAndGetsTheDossierCodeAndDueDate() throws Exception {
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "thu-tuc-hanh-chinh/" + JUDICIAL_RECORD);
            browser.findElement(By.id("apply-online")).click();
            browser.findElement(By.id("as-individual")).click();
            type(browser, "name", "Hoàng Thị Lan");
            type(browser, "nationality", "Việt Nam");
            type(browser, "occupation", "Giáo viên");
            type(browser, "idNumber", "004190012345");
            type(browser, "address", "Tổ 3, phường Sông Hiến");
            type(browser, "phone", "0912 345 680");
            type(browser, "email", "lan.hoang@example.org");
            browser.findElement(By.id("apply:consent")).click();
            waitFor(browser, By.cssSelector("[data-role=challenge-status]"));
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> !page.findElement(By.id("apply:nonce"))
                    .getAttribute("value")
                    .isEmpty());
            assertThat(browser.findElement(By.cssSelector("[data-role=challenge-status]"))
                            .getText())
                    .as("the form's own words, not the question form's")
                    .isEqualTo("Đã xác minh; bạn có thể nộp hồ sơ.");
            browser.findElement(By.id("apply:submit")).click();

            waitFor(browser, By.cssSelector(".form-errors"));
            assertThat(browser.findElement(By.id("component-1-error")).getText())
                    .isNotBlank();
            assertThat(browser.findElement(By.id("apply:name")).getAttribute("value"))
                    .as("what was typed is kept")
                    .isEqualTo("Hoàng Thị Lan");
            assertThat(browser.findElements(By.id("dossier-code"))).isEmpty();
            shoot(browser, "form-errors-vi");

            for (var input : browser.findElements(By.cssSelector("input[type=file]"))) {
                input.sendKeys(file(input.getAttribute("id")).toString());
            }
            if (!browser.findElement(By.id("apply:declaration")).isSelected()) {
                browser.findElement(By.id("apply:declaration")).click();
            }
            if (!browser.findElement(By.id("apply:consent")).isSelected()) {
                browser.findElement(By.id("apply:consent")).click();
            }
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> !page.findElement(By.id("apply:nonce"))
                    .getAttribute("value")
                    .isEmpty());
            browser.findElement(By.id("apply:submit")).click();

            assertThat(waitFor(browser, By.id("dossier-code")).getText()).matches("DV-[A-Z0-9]{4}-[A-Z0-9]{4}");
            assertThat(browser.findElement(By.id("dossier-due")).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(browser.findElement(By.id("dossier-secret")).getText()).isNotBlank();
            assertThat(browser.getCurrentUrl())
                    .doesNotContain(browser.findElement(By.id("dossier-secret")).getText());
            assertThat(browser.findElement(By.cssSelector("#receipt-pdf button"))
                            .getText())
                    .isEqualTo("Tải giấy tiếp nhận (PDF)");
            shoot(browser, "receipt-vi");
        } catch (RuntimeException | AssertionError failed) {
            Files.writeString(Path.of("target", "apply-send-failed.html"), browser.getPageSource());
            throw failed;
        } finally {
            browser.quit();
        }
    }

    private static void type(WebDriver browser, String field, String text) {
        browser.findElement(By.id("apply:" + field)).sendKeys(text);
    }

    private static org.openqa.selenium.WebElement waitFor(WebDriver browser, By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    private static Path file(String name) throws IOException {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, PDF);
        return file;
    }

    /** The page at a phone's and a desktop's width, when a folder is named; the window is put back. */
    private static void shoot(WebDriver browser, String name) throws IOException {
        String folder = System.getProperty("eservice.screenshots");
        if (folder == null || !(browser instanceof TakesScreenshot camera)) {
            return;
        }
        Files.createDirectories(Path.of(folder));
        Dimension before = browser.manage().window().getSize();
        for (int width : new int[] {360, 1366}) {
            browser.manage().window().setSize(new Dimension(width, 2600));
            Files.write(Path.of(folder, name + "-" + width + ".png"), camera.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(before);
    }
}
