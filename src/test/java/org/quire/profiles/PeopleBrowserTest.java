package org.quire.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;

/** A reader finds a writer's dashboard and subscribes; the writer reads their statistics. */
class PeopleBrowserTest extends IntegrationTest {

  @Test
  void aProfilePageAndAWritersStatistics() throws InterruptedException {
    String name = Api.unique("profiled");
    Api writer = api.as(api.signUpAndToken(name));
    writer.patch(
        "/api/v1/me/profile",
        Map.of("about", "I write about <em>lighthouses</em> and the people who keep them."));
    long first = tagged("The Keeper " + name).post(writer);
    tagged("Second Light " + name)
        .text("A longer chapter of words for the second work.")
        .post(writer);
    tagged("Unlit " + name).draft().post(writer);
    String readerName = Api.unique("visitor");
    api.signUpAndToken(readerName);
    new FormClient(baseUrl()).get("/works/" + first);

    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(readerName).open("/works/" + first);
      // The byline leads to the pseud's page, and from there to the dashboard.
      browser.click(".byline a");
      browser.waitForText("2 works by " + name);
      assertThat(browser.text()).doesNotContain("Unlit " + name);
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshot("pseud");
      browser.click("a[href='/users/" + name + "']");
      browser.waitForText("Joined");
      assertThat(browser.text()).contains(name, "lighthouses", "The Keeper " + name);
      assertThat(browser.text()).doesNotContain("Unlit " + name);
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.open("/users/" + name);
      browser.click("form[action$='/subscribe'] button");
      browser.waitForText("You are now subscribed");
      assertThat(browser.text()).contains("Unsubscribe");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("profile");
    }

    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(name).open("/users/" + name);
      assertThat(browser.text()).contains("Unlit " + name, "Statistics");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("dashboard-own");
      browser.click("a[href='/users/" + name + "/stats']");
      browser.waitForText("Statistics for " + name);
      for (int i = 0;
          i < 50
              && browser
                  .driver()
                  .findElements(org.openqa.selenium.By.cssSelector("svg.hits-chart"))
                  .isEmpty();
          i++) {
        Thread.sleep(200);
        browser.open("/users/" + name + "/stats");
      }
      assertThat(browser.find("svg.hits-chart").isDisplayed()).isTrue();
      assertThat(browser.text()).contains("The Keeper " + name, "Second Light " + name, "Total");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("stats");
      browser.click("th a[href*='sort=words']");
      browser.waitForText("Statistics for " + name);
      assertThat(browser.find("th[aria-sort=descending]").getText()).isEqualTo("Words");
      assertThat(browser.accessibilityProblems()).isEmpty();
    }
  }
}
