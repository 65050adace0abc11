package org.quire.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/**
 * A reader finds a new chapter of a work they follow through the header's inbox count, and on a
 * phone opens the header's menu; every page visited is accessible.
 */
class HeaderBrowserTest extends IntegrationTest {

  @Test
  void theInboxCountLeadsToTheNewChapter() throws Exception {
    String writerName = Api.unique("headerwriter");
    Api writer = api.as(api.signUpAndToken(writerName));
    String readerName = Api.unique("headerreader");
    Api reader = api.as(api.signUpAndToken(readerName));
    String title = "Followed " + Api.unique("");
    long id = WorkBuilder.work(title).expectedChapters(2).post(writer);
    reader.post("/api/v1/subscriptions", Map.of("type", "work", "id", id));
    long comment =
        writer
            .post(
                "/api/v1/works/" + id + "/chapters/1/comments", Map.of("body", "Chapter two soon!"))
            .json()
            .path("id")
            .asLong();
    reader.post(
        "/api/v1/works/" + id + "/chapters/1/comments",
        Map.of("body", "Can't wait.", "parentId", comment));

    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(readerName).open("/works");
      assertThat(browser.driver().findElements(org.openqa.selenium.By.id("inbox-count"))).isEmpty();

      writer.post("/api/v1/works/" + id + "/chapters", WorkBuilder.chapter("Chapter two."));
      for (int i = 0;
          i < 100 && reader.get("/api/v1/me/inbox").json().path("total").asLong() < 1;
          i++) {
        Thread.sleep(100);
      }
      browser.open("/works");
      assertThat(browser.find("#inbox-count").getText().replaceAll("\\s+", " "))
          .isEqualTo("1 unread");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.click("#user-menu summary");
      assertThat(browser.find("#log-out").isDisplayed()).isTrue();
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshot("header-user-menu");
      browser.click("#user-menu summary");
      browser.screenshots("header");

      browser.click("#nav-inbox").waitForPath("/inbox");
      assertThat(browser.text()).contains(title, "Inbox (1 unread)");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("inbox");

      browser.click("li.inbox-entry a.entry-link").waitForPath("/works/" + id + "/chapters/2");
      assertThat(browser.text()).contains("Chapter two.");
    }
    // The writer's inbox shows the reader's reply with its text, and a reply form in place.
    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(writerName).open("/inbox");
      assertThat(browser.find("blockquote.inbox-comment").getText()).isEqualTo("Can't wait.");
      browser.click("details.inbox-reply summary");
      assertThat(browser.find("details.inbox-reply textarea").isDisplayed()).isTrue();
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("inbox-reply");
    }
  }

  @Test
  void onAPhoneTheHeaderFoldsIntoAMenu() {
    String name = Api.unique("phonereader");
    api.signUpAndToken(name);
    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(name).resize(390, 844).open("/works");
      assertThat(browser.find("#nav-menu").getAttribute("open")).isNull();
      assertThat(browser.find("#nav-inbox").isDisplayed()).isFalse();
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshot("header-phone-closed");

      browser.click("#nav-menu summary");
      assertThat(browser.find("#nav-inbox").isDisplayed()).isTrue();
      assertThat(browser.find("a[href='/works/search']").isDisplayed()).isTrue();
      browser.click("#user-menu summary");
      assertThat(browser.find("#log-out").isDisplayed()).isTrue();
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshot("header-phone-open");

      // Back at desktop width the links are in the header again.
      browser.resize(1280, 900);
      assertThat(browser.find("#nav-inbox").isDisplayed()).isTrue();
    }
  }

  @Test
  void aFeedOpenedInTheBrowserReadsAsAPage() {
    String fandom = "Readablefeed " + Api.unique("");
    Api writer = api.as(api.signUpAndToken(Api.unique("feedwriter")));
    String title = "Feed Story " + Api.unique("");
    WorkBuilder.work(title).fandom(fandom).summary("Tom &amp; Jerry, <b>bold</b>.").post(writer);
    try (Browser browser = new Browser(baseUrl())) {
      browser.open("/tags/" + fandom.replace(" ", "%20") + "/feed.atom");
      browser.waitForText("Atom feed");
      assertThat(browser.text()).contains(title, fandom + " works", "Tom & Jerry, bold");
      browser.screenshot("feed").resize(390, 844).screenshot("feed-phone").resize(1280, 900);
      browser.open("/opds");
      browser.waitForText("OPDS catalog");
      assertThat(browser.text()).contains("Newest works", "By fandom");
    }
  }
}
