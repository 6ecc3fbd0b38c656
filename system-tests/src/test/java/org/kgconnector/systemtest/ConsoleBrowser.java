package org.kgconnector.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's browser: the machine's headless Chromium driven through its chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs), a fresh profile per test. Where
 * neither is installed the console's browser tests are skipped, saying so, except under {@code CI=true}, where they
 * must run.
 */
public final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final URI console;

    private ConsoleBrowser(WebDriver driver, URI console) {
        this.driver = driver;
        this.console = console;
    }

    /** A browser at the console of {@code server}. */
    public static ConsoleBrowser at(URI baseUri) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "headless Chromium is not installed (apt-get install chromium chromium-driver):"
                    + " the console's browser tests are skipped";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(missing.replace("are skipped", "cannot run, and CI needs them"));
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1400,1000",
                        // the test servers' public address is https, so their session cookies are Secure; the tests
                        // reach them over http on loopback, which Chromium is told to treat as the secure origin it stands for
                        "--unsafely-treat-insecure-origin-as-secure=" + origin(baseUri));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        return new ConsoleBrowser(driver, baseUri.resolve("koogallery/console/"));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Opens a page of the console ({@code #/work}, …; empty for the overview). */
    public ConsoleBrowser open(String fragment) {
        driver.get(console + fragment);
        return this;
    }

    /** Signs in through the form (the console then opens; see {@code awaitText(By.id("user"), …)}). */
    public ConsoleBrowser signIn(String user, String password) {
        driver.get(console.resolve("sign-in.html").toString());
        type(By.id("username"), user);
        type(By.id("password"), password);
        driver.findElement(By.id("submit")).click();
        return this;
    }

    public void type(By field, String text) {
        WebElement element = await(field);
        element.clear();
        element.sendKeys(text);
    }

    /** The element, once it is shown. */
    public WebElement await(By what) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** Waits until the element's text contains {@code text}. */
    public void awaitText(By what, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(what, text));
    }

    /** Waits for {@code condition}; a wait in vain says what the page showed instead (its address and text). */
    private <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (TimeoutException shownInstead) {
            String text = driver.findElement(By.tagName("body")).getText();
            throw new TimeoutException(shownInstead.getMessage().lines().findFirst().orElse("") + "\nthe page "
                    + driver.getCurrentUrl() + " showed:\n" + text.substring(0, Math.min(text.length(), 3000)));
        }
    }

    /** The value of a cookie the browser holds (an HttpOnly one too), or null. */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Runs {@code script} in the page and gives its result (an async script: its last argument is the callback). */
    public Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Saves what the browser shows as {@code name}.png under {@code target/console-screenshots}. */
    public void screenshot(String name) {
        try {
            Path directory = Path.of("target", "console-screenshots");
            Files.createDirectories(directory);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
