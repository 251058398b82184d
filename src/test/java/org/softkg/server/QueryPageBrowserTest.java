package org.softkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.softkg.store.TdbStore;

/**
 * The query page in a real headless Chromium (Debian's chromium and chromium-driver packages, driven by
 * Selenium): type a query, run it, read the result table. Skips when the browser or its driver is not
 * installed ({@code apt-get install chromium chromium-driver}).
 */
class QueryPageBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("softkg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("softkg.chromedriver", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no DevTools bindings for this Chromium; the test does not use them. Held so it is not collected. */
    static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        if (!browserInstalled()) {
            return;
        }
        store = TestStore.build(dir);
        server = SparqlServer.start(store.dataset().asDatasetGraph(), ServerSettings.readOnly(0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    private static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browserInstalled(), "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static List<List<String>> runAndReadTable() {
        browser.findElement(By.id("run")).click();
        WebElement table = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
        return table.findElements(By.tagName("tr")).stream()
                .map(tr -> tr.findElements(By.xpath("./th|./td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    @Test
    void aTypedQueryFillsTheResultTable() {
        browser.get(server.url());
        WebElement box = browser.findElement(By.id("query"));
        box.clear();
        box.sendKeys("SELECT ?software ?language WHERE { ?s kg:writtenIn ?l . ?s rdfs:label ?software . ?l rdfs:label ?language }");
        List<List<String>> rows = runAndReadTable();
        assertEquals(List.of("software", "language"), rows.get(0));
        assertEquals(List.of("Git", "C"), rows.get(1));
        assertEquals(2, rows.size());
        assertEquals("1 row", browser.findElement(By.id("status")).getText());
    }

    @Test
    void theLineageExampleFindsAncestors() {
        browser.get(server.url());
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("dragonfly bsd");
        browser.findElement(By.id("ex-lineage")).click();
        assertTrue(browser.findElement(By.id("query")).getAttribute("value").contains("kg:successorOf"));
        Map<String, String> relatives = new TreeMap<>();
        List<List<String>> rows = runAndReadTable();
        assertEquals(List.of("direction", "relative", "label"), rows.get(0));
        for (List<String> row : rows.subList(1, rows.size())) {
            relatives.put(row.get(2), row.get(0));
        }
        assertEquals("ancestor", relatives.get("FreeBSD"), relatives::toString);
    }

    @Test
    void aBadQueryShowsTheServersError() {
        browser.get(server.url());
        WebElement box = browser.findElement(By.id("query"));
        box.clear();
        box.sendKeys("SELECT ?x WHERE { ?x");
        browser.findElement(By.id("run")).click();
        WebElement status = browser.findElement(By.id("status"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> status.getText().startsWith("HTTP 400"));
        assertTrue(status.getText().contains("line 1"), status.getText());
    }
}
