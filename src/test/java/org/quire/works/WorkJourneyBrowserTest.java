package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/** Writing and reading in a real headless Chromium. */
class WorkJourneyBrowserTest extends IntegrationTest {

  @Test
  void postPreviewPostAndRead() {
    String name = Api.unique("Author");
    api.signUpAndToken(name);
    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(name);
      browser.click("a[href='/works/new']").waitForPath("/works/new");
      new Select(browser.find("#rating")).selectByVisibleText("Teen And Up Audiences");
      browser.click("input[name=warnings][value='No Archive Warnings Apply']");
      browser
          .type("#fandoms", "Original Work")
          .type("#characters", "Mira, Tove")
          .type("#freeforms", "Found Family");
      browser.click("input[name=categories][value='F/F']");
      browser.type("#title", "Lanterns in the Snow");
      browser.type("#summary", "Two keepers of a lighthouse, one long winter.");
      browser.type("#chapterTitle", "First Frost");
      browser.type(
          "#body", "The lamp went out at midnight.\n\nMira climbed the stairs with a candle.");
      browser.screenshot("work-new-form");
      browser.click("#preview");
      browser.waitForText("This is a draft");
      assertThat(browser.text()).contains("Lanterns in the Snow", "The lamp went out at midnight.");
      browser.screenshot("work-preview");
      String workPath = browser.path();

      // A guest cannot see the draft yet.
      try (Browser guest = new Browser(baseUrl())) {
        guest.open(workPath);
        assertThat(guest.text()).contains("Page not found");
      }

      browser.click("#post-draft").waitForText("Work posted.");
      assertThat(browser.text()).doesNotContain("This is a draft");

      try (Browser guest = new Browser(baseUrl())) {
        guest.open("/").waitForText("Lanterns in the Snow");
        guest.screenshot("home-with-works");
        guest.driver().findElement(By.linkText("Lanterns in the Snow")).click();
        guest.waitForPath(workPath);
        assertThat(guest.text())
            .contains(
                "Teen And Up Audiences", "Found Family", "Mira climbed the stairs with a candle.")
            .contains("Words:", "13");
        guest.screenshot("work-page");
        guest.resize(390, 844).screenshot("work-page-phone").resize(1280, 900);
        guest.click("#theme-toggle");
        assertThat(guest.find("html").getAttribute("data-theme")).isIn("dark", "light");
        guest.screenshot("work-page-toggled-theme");
      }
    }
  }

  @Test
  void theAdultGateAsksAGuestFirst() {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id =
        tagged("Red Tide").rating("Mature").warnings("Graphic Depictions Of Violence").post(writer);
    try (Browser guest = new Browser(baseUrl())) {
      guest.open("/works/" + id);
      assertThat(guest.text())
          .contains("Adult Content Warning", "Red Tide", "Mature", "Graphic Depictions Of Violence")
          .doesNotContain("Once upon a time");
      guest.screenshot("adult-gate");
      guest.click("#adult-back").waitForPath("/");
      guest.open("/works/" + id).click("#adult-continue");
      guest.waitForText("Once upon a time there was a test.");
      guest.open("/works/" + id);
      assertThat(guest.text()).contains("Once upon a time there was a test.");
    }
  }

  @Test
  void aRestrictedWorkSendsAGuestToLogInAndBack() {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id = tagged("Members Lounge").restricted().post(writer);
    String reader = Api.unique("reader");
    api.signUpAndToken(reader);
    try (Browser guest = new Browser(baseUrl())) {
      guest.open("/works/" + id).waitForPath("/login");
      guest.type("#login", reader).type("#password", "password-1").click("button[type=submit]");
      guest.waitForPath("/works/" + id);
      assertThat(guest.text()).contains("Members Lounge", "Once upon a time there was a test.");
    }
  }
}
