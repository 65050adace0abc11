package org.quire.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/** A wrangler makes a tag a synonym and sees the canonical tag's works page grow. */
class WranglingBrowserTest extends IntegrationTest {

  private static String encoded(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void synonymMovesWorksUnderTheCanonicalTag() throws Exception {
    String run = Api.unique("");
    String canonical = "Alec Lightwood/Magnus Bane " + run;
    String synonym = "Malec " + run;
    Api writer = api.as(api.signUpAndToken(Api.unique("writer")));
    for (String relationship : List.of(canonical, synonym)) {
      work("About " + relationship)
          .fandom("Shadowhunters (TV) " + run)
          .relationships(relationship)
          .text("A chapter long enough to post.")
          .post(writer);
    }
    String wranglerName = Api.unique("wrangler");
    api.signUpAndToken(wranglerName);
    api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD))
        .put("/api/v1/admin/users/" + wranglerName + "/roles/wrangler", Map.of());

    try (Browser browser = new Browser(baseUrl())) {
      browser
          .open("/login")
          .type("#login", wranglerName)
          .type("#password", "password-1")
          .click("button[type=submit]");
      browser.waitForPath("/");

      browser.open("/tags/" + encoded(canonical) + "/edit").click("#canonical").click("#save-tag");
      browser.waitForText("It's a common tag");
      browser.open("/tags/" + encoded(canonical) + "/works");
      assertThat(browser.text())
          .contains("1 Work in " + canonical)
          .doesNotContain("About " + synonym);

      browser.open("/tags/" + encoded(synonym) + "/edit").type("#synonymOf", canonical);
      browser.screenshot("tag-edit");
      browser.click("#save-tag").waitForText("It has been made a synonym of");
      browser.screenshot("tag-page");

      long deadline = System.currentTimeMillis() + 5_000;
      do {
        browser.open("/tags/" + encoded(canonical) + "/works");
      } while (!browser.text().contains("of 2 Works") && System.currentTimeMillis() < deadline);
      assertThat(browser.text())
          .contains("1\u20132 of 2 Works in " + canonical, "About " + synonym);
      browser.screenshot("tag-works");

      // Autocomplete on the posting form: canonical tags first, picked into the field.
      browser
          .open("/works/new")
          .type("#relationships", canonical.substring(0, canonical.length() - 3).toLowerCase());
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(5))
          .until(d -> !browser.find("#relationships-suggestions").getText().isBlank());
      assertThat(browser.find("#relationships-suggestions li").getText()).isEqualTo(canonical);
      browser.screenshot("autocomplete");
      browser.click("#relationships-suggestions li");
      assertThat(browser.find("#relationships").getAttribute("value")).isEqualTo(canonical + ", ");

      // The synonym's works page sends readers to the canonical tag's.
      browser.open("/tags/" + encoded(synonym) + "/works");
      assertThat(browser.path())
          .isEqualTo("/tags/" + canonical.replace(" ", "%20").replace("/", "%2F") + "/works");
    }
  }
}
