package dev.parallax.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium, Debian's package driven through its chromedriver. Nothing is ever
 * downloaded: both paths are fixed, and a missing browser fails the test with what to install.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots land in the repository's docs/ so the README can show them. */
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(URL base) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("browser tests need Debian's chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run `apt-get install -y chromium chromium-driver` (.ci/run does it)");
        }
        String url = base.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            profile = Files.createTempDirectory("parallax-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--window-size=1366,900", "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    ChromeDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String title() {
        return driver.getTitle();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** Clicks a link or button that leads to another page, and waits until that page is there. */
    void follow(String css) {
        clickAndWaitForNewDocument(css);
    }

    /**
     * Clicks a button that submits a form, and waits until the answer has replaced the page, also
     * when it comes back to the same address (a POST answered with 303 to the page it came from).
     */
    void submit(String css) {
        clickAndWaitForNewDocument(css);
    }

    /**
     * Marks the current document with a token no other page can carry, clicks, and waits until the
     * window holds a document without the mark that has finished loading. Nothing is compared with
     * an element of the old document, whose node may already be gone (chromedriver then answers
     * "Node with given id does not belong to the document" instead of a stale element); a script
     * that runs while the documents change hands fails and is simply tried again.
     */
    private void clickAndWaitForNewDocument(String css) {
        String token = java.util.UUID.randomUUID().toString();
        script("window.parallaxPageToken = '" + token + "'");
        find(css).click(); // once: a retried click could send a form twice
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.parallaxPageToken !== arguments[0] && document.readyState === 'complete'", token)));
    }

    /** Waits until the address (path, query and fragment) ends with {@code suffix}; returns the path. */
    String waitForPathEnding(String suffix) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> path().endsWith(suffix));
        return path();
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** A full-height screenshot of the current page, written to docs/screenshots/NAME.png. */
    void screenshot(String name) {
        try {
            long height = (Long) script("return Math.min(4000, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(1366, (int) Math.max(900, height)));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new Dimension(1366, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
