package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/** A form sent with errors: focus lands on the summary, and each of its links on its field. */
class FormErrorsBrowserTest extends IntegrationTest {

  private static String focused(Browser browser) {
    return String.valueOf(
        ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id"));
  }

  @Test
  void theSignUpSummaryTakesFocusAndLeadsToEachField() {
    try (Browser browser = new Browser(baseUrl())) {
      browser.open("/signup");
      browser.type("#username", "x").type("#email", "not-an-email");
      browser.type("#password", "short").type("#passwordConfirmation", "different");
      browser.click("button.primary");
      browser.waitForText("There are 4 problems with this form");
      assertThat(focused(browser)).isEqualTo("error-summary");
      assertThat(browser.find("#username").getAttribute("value")).isEqualTo("x");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("form-errors-signup");

      browser.click("#error-summary a[href='#email']");
      assertThat(focused(browser)).isEqualTo("email");
      browser.click("#error-summary a[href='#passwordConfirmation']");
      assertThat(focused(browser)).isEqualTo("passwordConfirmation");
    }
  }

  @Test
  void theWorkFormSummaryLeadsToAGroupOfCheckboxes() {
    String name = Api.unique("writer");
    api.signUpAndToken(name);
    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(name).open("/works/new");
      browser.type("#title", "Typed Title");
      browser.click("#post");
      browser.waitForText("problems with this form");
      assertThat(focused(browser)).isEqualTo("error-summary");
      assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Typed Title");
      assertThat(browser.accessibilityProblems()).isEmpty();
      browser.screenshots("form-errors-work");

      browser.click("#error-summary a[href='#warnings']");
      assertThat(browser.driver().switchTo().activeElement().getAttribute("name"))
          .isEqualTo("warnings");
      browser.click("#error-summary a[href='#rating']");
      assertThat(focused(browser)).isEqualTo("rating");
    }
  }
}
