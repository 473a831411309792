package vn.egov.portal.deadline;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.client.Browser;

/**
 * The legal register's console (admin/legal-documents.xhtml) in Chromium, as an editor uses it:
 * typing into the date pickers, adding field tags, choosing from the PrimeFaces menus. Kept apart
 * from the IT class because that class is also deployed into the container, where Selenium is absent.
 */
final class LegalConsoleBrowser implements AutoCloseable {

    private final WebDriver browser;
    private final URL base;

    private LegalConsoleBrowser(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    static LegalConsoleBrowser logIn(URL base, String username, String password) {
        LegalConsoleBrowser console = new LegalConsoleBrowser(Browser.start(), base);
        WebDriver browser = console.browser;
        Browser.logIn(browser, base, username, password);
        browser.get(base + "admin/legal-documents.xhtml");
        return console;
    }

    LegalConsoleBrowser type(String field, String text) {
        WebElement input = browser.findElement(By.id("register:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Types a day into a date picker as the editor would (dd/MM/yyyy) and leaves the field. */
    LegalConsoleBrowser date(String field, String day) {
        WebElement input = browser.findElement(By.id("register:" + field + "_input"));
        input.clear();
        input.sendKeys(day, Keys.ESCAPE, Keys.TAB);
        return this;
    }

    /** Adds each name as one field tag (Enter after each). */
    LegalConsoleBrowser fields(String... names) {
        WebElement input = browser.findElement(By.cssSelector("#register\\:fields input[type='text']"));
        for (String name : names) {
            input.sendKeys(name, Keys.ENTER);
        }
        return this;
    }

    List<String> fieldTags() {
        return browser.findElements(By.cssSelector("#register\\:fields .ui-chips-token-label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Picks an entry of a PrimeFaces menu of the register form by its label. */
    LegalConsoleBrowser choose(String menu, String label) {
        browser.findElement(By.id("register:" + menu + "_label")).click();
        waitUpTo(Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#register\\:" + menu + "_items li[data-label='" + label + "']")))
                .click();
        return this;
    }

    List<String> options(String form, String menu) {
        return browser.findElements(By.cssSelector("#" + form + "\\:" + menu + "_input option")).stream()
                .map(option -> option.getAttribute("textContent").strip())
                .toList();
    }

    /** Saves the form and waits for the answer to be drawn (the growl or a field message). */
    void save() {
        browser.findElement(By.id("register:save")).click();
        waitUpTo(Duration.ofSeconds(15))
                .until(page -> !page.findElements(By.cssSelector(".ui-growl-item, #register .ui-message-error"))
                        .isEmpty());
    }

    String messageFor(String field) {
        return browser.findElement(By.id("register:" + field + "Message")).getText();
    }

    /** The row of the register list that shows this number and symbol, as text. */
    String listed(String numberSymbol) {
        return waitUpTo(Duration.ofSeconds(10))
                .until(page -> page.findElements(By.cssSelector("#list\\:documents_data tr")).stream()
                        .map(WebElement::getText)
                        .filter(text -> text.contains(numberSymbol))
                        .findFirst()
                        .orElse(null));
    }

    void publish(String numberSymbol) {
        browser.findElement(By.xpath(
                        "//tbody[@id='list:documents_data']/tr[td[contains(., '" + numberSymbol + "')]]//button"))
                .click();
        waitUpTo(Duration.ofSeconds(15))
                .until(page -> listed(numberSymbol).contains("Địa chỉ cố định")
                        || !page.findElements(By.xpath("//tbody[@id='list:documents_data']/tr[td[contains(., '"
                                        + numberSymbol + "')]]//a[contains(@href, '/van-ban/')]"))
                                .isEmpty());
    }

    /** The public page of a document: its status and its fields as a reader sees them. */
    String publicFact(String path, String id) {
        browser.get(base + path);
        return browser.findElement(By.id(id)).getText();
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return Browser.waitUpTo(browser, timeout);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
