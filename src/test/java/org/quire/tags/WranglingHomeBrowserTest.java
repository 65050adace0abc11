package org.quire.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/** A wrangler finds their fandom on /wrangling and goes to its character bin; both accessible. */
class WranglingHomeBrowserTest extends IntegrationTest {

  private static String enc(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void fromTheWranglingPageToABin() {
    String run = Api.unique("");
    String fandom = "Journey Fandom " + run;
    Api writer = api.as(api.signUpAndToken(Api.unique("writer")));
    writer.post(
        "/api/v1/works",
        Map.of(
            "title", "Journey " + run,
            "rating", "General Audiences",
            "warnings", List.of("No Archive Warnings Apply"),
            "fandoms", List.of(fandom),
            "characters", List.of("Wanderer " + run, "Wanderer Twin " + run),
            "chapters", List.of(Map.of("body", "A chapter long enough to post."))));
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    admin.patch("/api/v1/tags/" + enc(fandom), Map.of("canonical", true));
    admin.patch("/api/v1/tags/" + enc("Wanderer " + run), Map.of("canonical", true));
    String wranglerName = Api.unique("wrangler");
    api.signUpAndToken(wranglerName);
    admin.put("/api/v1/admin/users/" + wranglerName + "/roles/wrangler", Map.of());
    admin.put("/api/v1/tags/" + enc(fandom) + "/wranglers/" + wranglerName, Map.of());

    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(wranglerName).open("/wrangling");
      assertThat(browser.text()).contains("Your fandoms", fandom, "Unassigned fandoms");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("wrangling");

      browser.click("a[href='/tags/" + enc(fandom) + "/wrangle?type=Character']");
      browser.waitForText("Wrangle " + fandom);
      assertThat(browser.text()).contains("Wanderer Twin " + run, "Uses");
      assertThat(browser.accessibilityProblems()).isEmpty();

      // The synonym field suggests canonical characters only, and takes one tag.
      browser.type("#target", "wander");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(d -> !browser.find("#target-suggestions").getText().isBlank());
      assertThat(browser.find("#target-suggestions").getText()).isEqualTo("Wanderer " + run);
      browser.screenshot("wrangling-bin");
      browser.click("#target-suggestions li");
      assertThat(browser.find("#target").getAttribute("value")).isEqualTo("Wanderer " + run);
    }
  }
}
