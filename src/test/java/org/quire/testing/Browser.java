package org.quire.testing;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, with the flags this closed network needs.
 * Screenshots go to {@code target/screenshots} so that pages can be looked at after a run.
 */
public final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private final WebDriver driver;
  private final String base;
  private final Path profile;

  public Browser(String base) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver"
              + " (.ci/run installs them)");
    }
    this.base = base;
    try {
      this.profile = Files.createTempDirectory("quire-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
  }

  /** Logs in through the log-in page (password "password-1") and waits for the front page. */
  public Browser logIn(String username) {
    open("/login").type("#login", username).type("#password", "password-1");
    click("button[type=submit]");
    return waitForPath("/");
  }

  /** Screenshots of the page as it is, at phone width, and in the other theme. */
  public Browser screenshots(String name) {
    screenshot(name);
    resize(390, 844).screenshot(name + "-phone").resize(1280, 900);
    return click("#theme-toggle").screenshot(name + "-dark").click("#theme-toggle");
  }

  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public Browser type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  public Browser click(String css) {
    find(css).click();
    return this;
  }

  public String text() {
    return find("body").getText();
  }

  public String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getRawPath();
  }

  public Browser waitForPath(String path) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals(path));
    return this;
  }

  public Browser waitForText(String text) {
    // The page may be replaced while it is read (a form was just submitted): read again.
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d -> {
              try {
                return d.findElement(By.tagName("body")).getText().contains(text);
              } catch (org.openqa.selenium.WebDriverException replaced) {
                return false;
              }
            });
    return this;
  }

  public Browser resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    return this;
  }

  /** Saves a PNG of the page to {@code target/screenshots/name.png}. */
  public Browser screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The serious and critical axe-core violations on the page as it is now, each as "rule (impact):
   * [elements]" so that a failure says where to look.
   */
  public List<String> accessibilityProblems() {
    return new AxeBuilder()
        .analyze(driver).getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(Browser::describe)
            .toList();
  }

  private static String describe(Rule r) {
    return r.getId()
        + " ("
        + r.getImpact()
        + "): "
        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
