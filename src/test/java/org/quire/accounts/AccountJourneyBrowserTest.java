package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/** Sign-up, log-in, settings and log-out in a real headless Chromium. */
class AccountJourneyBrowserTest extends IntegrationTest {

  @Test
  void signUpLogInUseSettingsAndLogOut() {
    String name = Api.unique("Journey");
    try (Browser browser = new Browser(baseUrl())) {
      browser.open("/").screenshot("home-guest");
      browser.click("a[href='/signup']").waitForPath("/signup");

      // A mistake first: the message appears beside the field and the rest is kept.
      browser
          .type("#username", name)
          .type("#email", name + "@example.org")
          .type("#password", "short")
          .type("#passwordConfirmation", "short")
          .click("button[type=submit]");
      assertThat(browser.find("#password-error").getText()).contains("at least 8 characters");
      assertThat(browser.find("#username").getAttribute("value")).isEqualTo(name);
      browser.screenshot("signup-errors");

      browser
          .type("#password", "password-1")
          .type("#passwordConfirmation", "password-1")
          .click("button[type=submit]")
          .waitForPath("/login");
      assertThat(browser.text()).contains("Your account is ready");
      browser.screenshot("login");

      browser
          .type("#login", name.toLowerCase())
          .type("#password", "password-1")
          .click("button[type=submit]");
      browser.waitForPath("/");
      assertThat(browser.text()).contains("Signed in as " + name);

      // Settings and log-out live in the header's user menu.
      browser.click("#user-menu summary").click("#user-menu a[href='/settings']");
      browser.waitForPath("/settings");
      browser
          .type("input#name", "Second Pseud")
          .click("form[action='/settings/pseuds'] button[type=submit]");
      browser.waitForText("Pseud \u201cSecond Pseud\u201d added.");
      browser.click("form[action='/settings/tokens'] button[type=submit]");
      browser.waitForText("Your new API token");
      String token = browser.find("#new-token").getText();
      assertThat(token).startsWith("qt_");
      assertThat(api.as(token).get("/api/v1/me").json().path("pseuds").toString())
          .contains("Second Pseud");
      browser.screenshot("settings");
      browser.resize(390, 844).screenshot("settings-phone").resize(1280, 900);

      browser.click("#user-menu summary").click("#user-menu form[action='/logout'] button");
      browser.waitForPath("/");
      assertThat(browser.text()).contains("Log in").doesNotContain("Signed in as");
      browser.open("/settings").waitForPath("/login");
    }
  }
}
