package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/**
 * A reader excludes a warning on a tag's listing and re-sorts: the warning stays excluded and
 * ticked and its work stays out; on a phone the filters fold behind a button below the heading.
 */
class ListingSafetyBrowserTest extends IntegrationTest {
  private static final String DEATH = "Major Character Death";

  private static WebElement excludeBox(Browser browser) {
    return browser
        .driver()
        .findElement(By.xpath("//fieldset[legend='Exclude']//input[@value='" + DEATH + "']"));
  }

  @Test
  void anExcludedWarningSurvivesAResort() {
    String fandom = "Resort " + Api.unique("");
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    tagged("Alpha Calm").fandom(fandom).freeforms("Fluff").post(writer);
    tagged("Beta Storm").fandom(fandom).warnings(DEATH).freeforms("Angst").post(writer);
    tagged("Gamma Calm").fandom(fandom).freeforms("Fluff").post(writer);
    String path =
        "/tags/" + URLEncoder.encode(fandom, StandardCharsets.UTF_8).replace("+", "%20") + "/works";
    try (Browser browser = new Browser(baseUrl())) {
      browser.open(path).waitForText("of 3 Works");
      assertThat(browser.accessibilityProblems()).isEmpty();
      excludeBox(browser).click();
      browser.click("#apply-filters").waitForText("1\u20132 of 2 Works");
      assertThat(browser.text()).doesNotContain("Beta Storm");
      assertThat(excludeBox(browser).isSelected()).isTrue();

      new Select(browser.find("#sort")).selectByValue("title");
      browser.click("#apply-filters");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().contains("sort=title"));
      browser.waitForText("of 2 Works");
      assertThat(browser.text()).contains("Alpha Calm", "Gamma Calm").doesNotContain("Beta Storm");
      assertThat(excludeBox(browser).isSelected()).isTrue();
      assertThat(new Select(browser.find("#sort")).getFirstSelectedOption().getText())
          .isEqualTo("Title");

      // The autocomplete of "other tags to exclude" points the input at the highlighted option.
      WebElement other = browser.find("#excludeOther");
      other.sendKeys("Flu");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.cssSelector("#excludeOther-suggestions li")).isEmpty());
      other.sendKeys(Keys.ARROW_DOWN);
      String active = other.getAttribute("aria-activedescendant");
      assertThat(active).isNotBlank();
      WebElement option = browser.find("#" + active);
      assertThat(option.getAttribute("role")).isEqualTo("option");
      assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
      assertThat(option.getText()).isEqualTo("Fluff");
      assertThat(other.getAttribute("role")).isEqualTo("combobox");
      other.sendKeys(Keys.ESCAPE);
      other.clear();
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript("window.scrollTo(0, 0)");
      browser.screenshots("listing-safety");
      assertThat(browser.accessibilityProblems()).isEmpty();

      // On a phone: the results first, the sidebar folded behind "Filters" above them.
      browser.resize(390, 844);
      browser.open(browser.driver().getCurrentUrl().substring(baseUrl().length()));
      browser.waitForText("of 2 Works");
      WebElement toggle = browser.find("#filters-toggle");
      assertThat(toggle.isDisplayed()).isTrue();
      assertThat(toggle.getText()).isEqualTo("Filters (1 active)");
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
      assertThat(browser.find("#filters-panel").isDisplayed()).isFalse();
      assertThat(toggle.getLocation().getY())
          .isLessThan(browser.find(".work-list").getLocation().getY());
      browser.screenshot("listing-safety-phone-folded");
      assertThat(browser.accessibilityProblems()).isEmpty();
      toggle.click();
      assertThat(browser.find("#filters-panel").isDisplayed()).isTrue();
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo("filters-heading");
      assertThat(browser.find("#filters-panel").getLocation().getY())
          .isGreaterThan(browser.find(".work-list").getLocation().getY());
      assertThat(excludeBox(browser).isSelected()).isTrue();
      browser.screenshot("listing-safety-phone-open");
      assertThat(browser.accessibilityProblems()).isEmpty();
    }
  }
}
