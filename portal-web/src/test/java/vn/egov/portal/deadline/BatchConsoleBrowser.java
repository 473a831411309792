package vn.egov.portal.deadline;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.egov.portal.test.client.Browser;

/**
 * The batch console (admin/tac-vu/jobs.xhtml) in Chromium, as the operator sees it. Kept apart from the IT
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
        Browser.logIn(browser, base, username, password);
        browser.findElement(By.linkText("Tác vụ định kỳ")).click();
        console.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("tac-vu/jobs.xhtml"));
        return console;
    }

    String jobs() {
        return browser.findElement(By.id("jobs:jobTable")).getText();
    }

    /** Starts the job in the given row with "name=value" parameters; the (new) execution id it reports. */
    String start(int jobRow, String parameters) {
        String before = browser.findElement(By.id("jobs:messages")).getText();
        WebElement field = browser.findElement(By.id("jobs:parameters"));
        field.clear();
        field.sendKeys(parameters);
        browser.findElement(By.id("jobs:jobTable:" + jobRow + ":start")).click();
        return waitUpTo(Duration.ofSeconds(15)).until(page -> {
            String shown = page.findElement(By.id("jobs:messages")).getText();
            return shown.equals(before)
                    ? null
                    : EXECUTION_ID
                            .matcher(shown)
                            .results()
                            .map(match -> match.group(1))
                            .findFirst()
                            .orElse(null);
        });
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

    /** The step table of an execution: step name to status, outcome, read, written, filtered, skipped, duration. */
    Map<String, List<String>> steps(String execution) {
        return stepTable(execution).findElements(By.cssSelector("tr[data-step]")).stream()
                .collect(Collectors.toMap(
                        line -> line.findElement(By.tagName("th")).getText(),
                        line -> line.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList()));
    }

    /**
     * The cells of an execution's step table that the reader cannot read whole: text cut off by the
     * cell's width, or a header cell running into the next one. Empty when the table is legible.
     */
    @SuppressWarnings("unchecked")
    List<String> illegibleStepCells(String execution) {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript(
                        """
                        const cells = [...arguments[0].querySelectorAll('th, td')];
                        const clipped = cells.filter(c => c.scrollWidth > c.clientWidth + 1)
                            .map(c => 'clipped: ' + c.textContent.trim());
                        const heads = [...arguments[0].querySelectorAll('thead th')];
                        const overlapping = heads.slice(1)
                            .filter((h, i) => h.getBoundingClientRect().left < heads[i].getBoundingClientRect().right - 1)
                            .map(h => 'overlaps: ' + h.textContent.trim());
                        return clipped.concat(overlapping);
                        """,
                        stepTable(execution));
    }

    String outcome(String execution) {
        return row(execution).findElement(By.className("batch-outcome")).getText();
    }

    String parameters(String execution) {
        return row(execution).findElement(By.className("batch-parameters")).getText();
    }

    String duration(String execution) {
        return row(execution).findElement(By.className("batch-duration")).getText();
    }

    private WebElement stepTable(String execution) {
        return browser.findElement(By.cssSelector("table.steps[data-execution='" + execution + "']"));
    }

    private WebElement row(String execution) {
        return browser.findElement(By.xpath(
                "//tbody[@id='history:executions_data']/tr[.//span[@class='batch-execution' and normalize-space()='"
                        + execution + "']]"));
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return Browser.waitUpTo(browser, timeout);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
