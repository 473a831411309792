package vn.egov.portal.deadline;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.client.Browser;

/**
 * The batch console (admin/batch.xhtml) in Chromium, as the operator sees it. Kept apart from the IT
 * class because that class is also deployed into the container, where Selenium is absent.
 */
final class BatchConsoleBrowser implements AutoCloseable {

    private static final Pattern EXECUTION_ID = Pattern.compile("lần chạy (\\d+)");

    private final WebDriver browser;

    private BatchConsoleBrowser(WebDriver browser) {
        this.browser = browser;
    }

    /** Logs in on the form and opens the console through its menu entry. */
    static BatchConsoleBrowser logIn(URL base, String username, String password) {
        BatchConsoleBrowser console = new BatchConsoleBrowser(Browser.start());
        WebDriver browser = console.browser;
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password, Keys.ENTER);
        console.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/admin/"));
        browser.findElement(By.linkText("Tác vụ định kỳ")).click();
        console.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("batch.xhtml"));
        return console;
    }

    String jobs() {
        return browser.findElement(By.id("jobs:jobTable")).getText();
    }

    /** Starts the job in the given row with "name=value" parameters; the execution id it reports. */
    String start(int jobRow, String parameters) {
        browser.findElement(By.id("jobs:parameters")).sendKeys(parameters);
        browser.findElement(By.id("jobs:jobTable:" + jobRow + ":start")).click();
        return waitUpTo(Duration.ofSeconds(15)).until(page -> EXECUTION_ID
                .matcher(page.findElement(By.id("jobs:messages")).getText())
                .results()
                .map(match -> match.group(1))
                .findFirst()
                .orElse(null));
    }

    String status(String execution) {
        return row(execution).findElement(By.className("batch-status")).getText();
    }

    boolean showsProgress(String execution) {
        return !row(execution).findElements(By.className("ui-progressbar")).isEmpty();
    }

    void awaitStatus(String execution, String status, Duration timeout) {
        waitUpTo(timeout).until(page -> status(execution).equals(status));
    }

    /** The step table of an execution: "assess (COMPLETED)" to read, written, skipped, duration. */
    Map<String, List<String>> steps(String execution) {
        return row(execution).findElements(By.cssSelector("table.steps tr")).stream()
                .skip(1)
                .map(line -> line.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .collect(Collectors.toMap(cells -> cells.get(0), cells -> cells.subList(1, cells.size())));
    }

    private WebElement row(String execution) {
        return browser.findElement(
                By.xpath("//tbody[@id='history:executions_data']/tr[td[1][normalize-space()='" + execution + "']]"));
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Override
    public void close() {
        browser.quit();
    }
}
