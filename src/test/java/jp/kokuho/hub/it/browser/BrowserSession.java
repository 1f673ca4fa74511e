package jp.kokuho.hub.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the web page tests: Debian's {@code chromium} driven headless through its own
 * {@code chromium-driver} ({@code .ci/run} installs both with apt-get). Nothing is ever downloaded: the driver and
 * the browser are given by path, so Selenium Manager is not asked for them.
 * <p>
 * Use it through {@link BrowserIntegrationTest}, or on its own: {@code try (BrowserSession b =
 * BrowserSession.start(baseUrl)) { b.login(user, pw); b.open("/"); b.waitFor(By.id(...)); b.screenshot("x"); }}.
 * Every wait is explicit and generous ({@link #WAIT}): CI machines are loaded.
 */
public final class BrowserSession implements AutoCloseable {

    /** how long a page may take to show what a test waits for */
    public static final Duration WAIT = Duration.ofSeconds(60);
    /** screenshots go here (relative to the project, i.e. Maven's working directory) */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHROMIUM = System.getProperty("hub.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("hub.test.chromedriver", "/usr/bin/chromedriver");

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;

    private BrowserSession(String baseUrl, Path profile, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts headless Chromium with a fresh profile; {@code baseUrl} e.g. {@code http://localhost:8080}. */
    public static BrowserSession start(String baseUrl) {
        if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
            throw new IllegalStateException("Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("hub-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--lang=ja-JP", "--window-size=1440,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the browser's network events, for requestsAnswered(): what a page's scripts asked and got
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withTimeout(WAIT)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return new BrowserSession(baseUrl.replaceAll("/+$", ""), profile, driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the hub (e.g. {@code /login}). */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The path (and query) the browser shows now, without the host. */
    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /**
     * Logs in through the login page as a person would, and waits until the browser has left it (it lands on
     * {@code /}, or on the page that asked for the login).
     */
    public void login(String username, String password) {
        if (!currentPath().startsWith("/login")) {
            open("/login");
        }
        submitLogin(username, password);
        waitUntil(d -> !currentPath().startsWith("/login"));
    }

    /** Fills and sends the login form, without waiting for success (for tests of a refused login). */
    public void submitLogin(String username, String password) {
        WebElement user = waitFor(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pw = driver.findElement(By.id("password"));
        pw.clear();
        pw.sendKeys(password);
        WebElement submit = driver.findElement(By.id("login-submit"));
        submit.click();
        // the answer is a new page: wait until this one is gone. While chromedriver swaps the documents it may answer
        // a look at the old button with a plain WebDriverException ("Node with given id does not belong to the
        // document") instead of a stale reference: that is the page going, so the wait simply looks again.
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(submit));
    }

    /** Logs out through the button of the login page and waits for the confirmation. */
    public void logout() {
        open("/login");
        waitFor(By.id("logout-submit")).click();
        waitFor(By.id("logged-out"));
    }

    /** Waits (up to {@link #WAIT}) until the element is visible. */
    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits (up to {@link #WAIT}) until the condition holds (a non-null, non-false value). An element that went stale
     * while the condition read it (found, then the page reloaded, e.g. when a job run ends) is the page being
     * replaced, not a failure: the condition is simply tried again on the new page (ConsoleJobProgressIT failed on it
     * once on a loaded machine).
     */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Waits until the page's text contains {@code text}. */
    public void waitForText(String text) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** The visible text of the page. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The HTTP answers the browser received since the last call (page loads and the page's own requests), as
     * {@code "<status> <method> <url>"}: to see what a page's scripts asked for and what they got.
     */
    public List<String> requestsAnswered() {
        List<String> answered = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.responseReceived\"")) {
                answered.add(field(message, "\"status\":") + " " + field(message, "\"url\":\""));
            }
        }
        return answered;
    }

    /** The messages of the page's JavaScript console since the last call. */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    private static String field(String json, String key) {
        int at = json.indexOf(key);
        if (at < 0) {
            return "?";
        }
        int start = at + key.length();
        int end = start;
        while (end < json.length() && ",\"}".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        return json.substring(start, end);
    }

    /** Saves a PNG screenshot as target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name.replaceAll("[^\\w.-]", "_") + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
