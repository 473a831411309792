package vn.egov.portal.deadline;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.client.Browser;

/**
 * The legal register's console (admin/van-ban/documents.xhtml) in Chromium, as an editor uses it:
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
        browser.get(base + "admin/van-ban/documents.xhtml");
        return console;
    }

    LegalConsoleBrowser type(String field, String text) {
        WebElement input = clicked(By.id("register:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Fills a date picker's text as an editor types it (dd/MM/yyyy). The text is set directly:
     * PrimeFaces' calendar popup and its keyboard handling are not what this test is about, and its
     * focus trap makes typed keys land in the popup under Selenium.
     */
    LegalConsoleBrowser date(String field, String day) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1];",
                        "register:" + field + "_input",
                        day);
        return this;
    }

    /** Adds each name as one field tag (Enter after each). */
    LegalConsoleBrowser fields(String... names) {
        WebElement input = clicked(By.id("register:fields_input"));
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

    /** Picks an entry of a PrimeFaces menu of the register form by its value, through the widget. */
    LegalConsoleBrowser choose(String menu, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("PrimeFaces.widgets['widget_register_" + menu + "'].selectValue(arguments[0]);", value);
        return this;
    }

    List<String> options(String form, String menu) {
        return browser.findElements(By.cssSelector("#" + form + "\\:" + menu + "_input option")).stream()
                .map(option -> option.getAttribute("textContent").strip())
                .toList();
    }

    /** Saves the form and waits for the answer to be drawn (the form's message area, the growl, or a field message). */
    void save() {
        browser.findElement(By.id("register:save")).click();
        waitUpTo(Duration.ofSeconds(15)).until(page -> !page.findElements(
                        By.cssSelector(
                                ".ui-growl-item, #register .ui-messages-info, #register .ui-messages-error, #register .ui-message-error"))
                .isEmpty());
    }

    /** The texts of the visible elements the selector finds (messages, pop-ups). */
    List<String> shown(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    String messageFor(String field) {
        return browser.findElement(By.id("register:" + field + "Message")).getText();
    }

    /** The row of the register list that shows this number and symbol, as text. */
    String listed(String numberSymbol) {
        return waitUpTo(Duration.ofSeconds(10))
                .withMessage(() -> "not listed; the form says: "
                        + browser.findElement(By.id("register")).getText())
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

    /** The field, clicked into as a person would before typing. */
    private WebElement clicked(By field) {
        WebElement input = browser.findElement(field);
        input.click();
        return input;
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return Browser.waitUpTo(browser, timeout);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
