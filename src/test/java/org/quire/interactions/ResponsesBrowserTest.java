package org.quire.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/** Kudos, a comment thread, a private bookmark and a muted tag, in a real headless Chromium. */
class ResponsesBrowserTest extends IntegrationTest {

  @Test
  void kudosAndACommentThreadWithAReply() {
    String writerName = Api.unique("Teller");
    Api writer = api.as(api.signUpAndToken(writerName));
    String readerName = Api.unique("Listener");
    api.signUpAndToken(readerName);
    long id = work("Harbour Lights").post(writer);

    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(readerName);
      browser.open("/works/" + id).click("#give-kudos").waitForText("Thank you for leaving kudos!");
      assertThat(browser.find("#kudos-list").getText())
          .contains(readerName, "left kudos on this work!");
      browser
          .type("#comment-form-body", "The harbour scene made me cry.")
          .click("#comment-form button");
      browser.waitForText("Comment posted.");
      assertThat(browser.find("#comment-thread").getText())
          .contains(readerName, "The harbour scene made me cry.");
    }
    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(writerName);
      browser.open("/works/" + id);
      browser.click("#comment-thread details.reply summary");
      browser.type("#comment-thread textarea[name=body]", "Thank you, that means a lot.");
      browser.click("#comment-thread form.comment-form button");
      browser.waitForText("Comment posted.");
      assertThat(browser.find("#comment-thread").getText())
          .contains("The harbour scene made me cry.", "Thank you, that means a lot.");
      assertThat(
              browser
                  .driver()
                  .findElements(org.openqa.selenium.By.cssSelector("li.comment.depth-1")))
          .hasSize(1);
      browser.screenshot("work-responses");
      browser.open("/inbox").waitForText("commented on Harbour Lights");
      browser.screenshot("inbox");
    }
  }

  @Test
  void aPrivateBookmarkIsSeenByItsOwnerAndNotByAGuest() {
    String readerName = Api.unique("Keeper");
    api.signUpAndToken(readerName);
    Api writer = api.as(api.signUpAndToken(Api.unique("Penner")));
    long id = work("Quiet Orchard").post(writer);

    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(readerName);
      browser.open("/works/" + id).click("#bookmark-toggle");
      browser
          .type("#bookmark-notes", "For a rainy day.")
          .click("#bookmark-private")
          .click("#bookmark-save");
      browser.waitForText("Bookmark created.");
      browser.open("/users/" + readerName + "/bookmarks").waitForText("Quiet Orchard");
      assertThat(browser.text()).contains("Private", "For a rainy day.");
      browser.screenshot("bookmarks-owner");
    }
    try (Browser guest = new Browser(baseUrl())) {
      guest.open("/users/" + readerName + "/bookmarks").waitForText("Bookmarks by");
      assertThat(guest.text()).doesNotContain("Quiet Orchard").contains("No bookmarks to show.");
    }
  }

  @Test
  void aMutedTagHidesItsWorksFromATagPage() {
    String run = Api.unique("");
    String fandom = "Muted Page Fandom " + run;
    String readerName = Api.unique("Quieter");
    api.signUpAndToken(readerName);
    Api writer = api.as(api.signUpAndToken(Api.unique("Poster")));
    work("Still Visible " + run).fandom(fandom).post(writer);
    work("Now Hidden " + run).fandom(fandom).freeforms("Spiders " + run).post(writer);

    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(readerName);
      String tagPage = "/tags/" + fandom.replace(" ", "%20") + "/works";
      browser.open(tagPage).waitForText("Now Hidden " + run);
      browser.open("/mutes").type("#mute-tag", "Spiders " + run);
      // The reader picks the tag from its suggestions, which cover the button while they are open.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> d.findElement(By.id("mute-tag-suggestions-0")).isDisplayed());
      browser.click("#mute-tag-suggestions-0");
      assertThat(browser.find("#mute-tag").getDomProperty("value")).contains("Spiders " + run);
      browser.click("#mute-tag-button");
      browser.waitForText("Saved.");
      browser.screenshot("mutes");
      browser.open(tagPage).waitForText("Still Visible " + run);
      assertThat(browser.text()).doesNotContain("Now Hidden " + run);
      assertThat(browser.find("#hidden-by-mutes").getText()).contains("1 work is hidden");
    }
  }
}
