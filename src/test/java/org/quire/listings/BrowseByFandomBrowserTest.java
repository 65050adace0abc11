package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/** Issue 21's journey: /media → a medium → a fandom → its works; and the search pages. */
class BrowseByFandomBrowserTest extends IntegrationTest {

  @Test
  void fromTheMediaToAFandomsWorks() {
    String run = Api.unique("");
    String fandom = "Lighthouse Chronicles " + run;
    String writerName = Api.unique("journeywriter");
    Api writer = api.as(api.signUpAndToken(writerName));
    WorkBuilder.work("The Keeper " + run).fandoms(fandom).freeforms("Fog " + run).post(writer);
    WorkBuilder.work("Second Lamp " + run).fandoms(fandom).post(writer);
    WorkBuilder.work("Ashore " + run).fandoms("Ashore Tales " + run).post(writer);
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    for (String f : List.of(fandom, "Ashore Tales " + run)) {
      assertThat(
              admin
                  .patch(
                      "/api/v1/tags/" + BrowseByFandomTest.enc(f),
                      Map.of("canonical", true, "addParents", List.of("Books & Literature")))
                  .status())
          .isEqualTo(200);
    }

    try (Browser browser = new Browser(baseUrl())) {
      browser.open("/media");
      assertThat(browser.text()).contains("Books & Literature", fandom + " (2)", "Video Games");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("media");

      browser.click("a[href='/media/Books%20&%20Literature/fandoms']");
      browser.waitForText("fandoms, each with the number of works");
      assertThat(browser.text()).contains(fandom + " (2)", "Ashore Tales " + run + " (1)");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("media-fandoms");

      browser.click("a[href='/tags/" + BrowseByFandomTest.enc(fandom) + "/works']");
      browser.waitForText("The Keeper " + run);
      assertThat(browser.text()).contains("Second Lamp " + run).doesNotContain("Ashore " + run);
      assertThat(browser.accessibilityProblems()).isEmpty();

      browser.open("/fandoms");
      assertThat(browser.accessibilityProblems()).isEmpty();

      browser.open("/tags/search?name=" + BrowseByFandomTest.enc("Lighthouse") + "&sort=uses");
      assertThat(browser.text()).contains(fandom);
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("tag-search");

      browser.open("/people?query=journeywriter");
      assertThat(browser.text()).contains(writerName);
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("people");
    }
  }
}
