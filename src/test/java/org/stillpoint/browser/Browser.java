package org.stillpoint.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, for the browser tests (other paths through the system
 * properties {@code stillpoint.test.chromium} and {@code stillpoint.test.chromedriver}). Both paths are given, so
 * Selenium Manager never looks for (or downloads) a browser or a driver. Without them the test is skipped, unless
 * {@code CI=true}: then a missing browser is a failure, so a CI run can never pass without its browser tests.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File(System.getProperty("stillpoint.test.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("stillpoint.test.chromedriver",
            "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** The application's message bundle, so tests look for the words a person reads, not copies of them. */
    @FunctionalInterface
    interface Messages {
        String get(String key, Object[] args);
    }

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;
    private final Messages messages;

    private Browser(ChromeDriver driver, String baseUrl, Path profile, Messages messages) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.messages = messages;
    }

    /** A fresh browser (own profile, no cookies) pointed at Stillpoint on this port. */
    static Browser open(int port, Messages messages) {
        requireChromium();
        Path profile;
        try {
            profile = Files.createTempDirectory("stillpoint-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-US",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, profile, messages);
    }

    static void requireChromium() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (present) {
            return;
        }
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing + ", and CI=true does not allow skipping them.");
        }
        assumeTrue(false, missing + "; skipped outside CI.");
    }

    WebDriver driver() {
        return driver;
    }

    /** The English text of a message key, as the page shows it. */
    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** Opens a path of the app, e.g. {@code "/admin/rooms"}. */
    void go(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    String path() {
        String url = driver.getCurrentUrl();
        String rest = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** Waits until the browser shows this path (after a redirect or a form post). */
    void waitForPath(String path) {
        wait.withMessage(() -> "expected to be on " + path + " but was on " + path())
                .until(d -> path().equals(path));
        waitForPage();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks an element and waits for the page it leads to. */
    void clickAndWait(WebElement element) {
        element.click();
        wait.until(d -> replaced(element));
        waitForPage();
    }

    /**
     * Whether the element's page has gone. While the next page loads, Chromium sometimes answers that the node
     * "does not belong to the document" rather than that it is stale: both mean the page was replaced.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Signs in through the login page and waits for the start page. */
    void signIn(String email, String password) {
        if (!path().equals("/login")) {
            go("/login");
        }
        type(By.id("email"), email);
        type(By.id("password"), password);
        clickAndWait(find(By.cssSelector("main form button[type=submit]")));
        waitForPath("/");
    }

    /** A button in the page's main content, by its visible label. */
    WebElement button(String label) {
        return find(By.xpath("//main//button[normalize-space()='" + label + "']"));
    }

    String theme() {
        return driver.findElement(By.tagName("html")).getDomAttribute("data-theme");
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    String mainText() {
        return find(By.tagName("main")).getText();
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
        wait.until(d -> viewportWidth() <= size.width);
    }

    long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
    }

    /** True when the page is wider than the window, i.e. a person would have to scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
    }

    /**
     * Saves the whole page (the window is stretched to the page's height for the shot) as
     * {@code target/screenshots/<name>.png} and returns the file.
     */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        int chrome = before.height - ((Number) ((JavascriptExecutor) driver).executeScript(
                "return window.innerHeight")).intValue();
        if (height + chrome > before.height) {
            driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(height + chrome, 6000)));
        }
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = screenshotDirectory().resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    static Path screenshotDirectory() {
        return Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile does no harm
        }
    }
}
