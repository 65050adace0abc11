package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/**
 * A form that comes back with errors opens with a summary listing every problem once, each a link
 * to a field that exists on the page, and keeps what was typed.
 */
class FormErrorSummaryTest extends IntegrationTest {

  /** The summary's lines, after checking that each link points at an element of the page. */
  private static List<String> summary(Document page) {
    Element summary = page.getElementById("error-summary");
    assertThat(summary).as("an error summary at the top of the form").isNotNull();
    assertThat(summary.attr("tabindex")).isEqualTo("-1");
    for (Element link : summary.select("a[href^=#]")) {
      String id = link.attr("href").substring(1);
      assertThat(page.getElementById(id))
          .as("the summary links to #" + id + ", which must be on the page")
          .isNotNull();
    }
    return summary.select("li").eachText();
  }

  /** Each message once in the summary; beside the fields no second alert is announced. */
  private static void statedOnce(Document page, List<String> lines) {
    assertThat(lines).doesNotHaveDuplicates();
    assertThat(page.select("[role=alert]")).as("only the focused summary speaks").isEmpty();
  }

  @Test
  void signUpListsEveryProblemAtOnceAndKeepsWhatWasTyped() {
    FormClient guest = new FormClient(baseUrl());
    HttpResponse<String> response =
        guest.submit(
            "/signup",
            "/signup",
            Map.of(
                "username", "x",
                "email", "not-an-email",
                "password", "short",
                "passwordConfirmation", "different"));
    assertThat(response.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(response.body());
    List<String> lines = summary(page);
    assertThat(page.select("#error-summary a").eachAttr("href"))
        .containsExactly("#username", "#email", "#password", "#passwordConfirmation");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(3)).isEqualTo("Password confirmation does not match the password.");
    statedOnce(page, lines);
    assertThat(page.getElementById("username").val()).isEqualTo("x");
    assertThat(page.getElementById("email").val()).isEqualTo("not-an-email");
    assertThat(page.getElementById("password").val()).isEmpty();
  }

  @Test
  void aTakenUsernameAndATakenEmailAreBothSaid() {
    String taken = Api.unique("taken");
    api.signUpAndToken(taken);
    HttpResponse<String> response =
        new FormClient(baseUrl())
            .submit(
                "/signup",
                "/signup",
                Map.of(
                    "username",
                    taken,
                    "email",
                    taken + "@example.org",
                    "password",
                    "password-1",
                    "passwordConfirmation",
                    "password-2"));
    Document page = Jsoup.parse(response.body());
    assertThat(summary(page))
        .containsExactlyInAnyOrder(
            "Username has already been taken.",
            "Email is already used by another account.",
            "Password confirmation does not match the password.");
  }

  @Test
  void theWorkFormSummarisesItsProblemsWithLinksToEachField() {
    String name = Api.unique("writer");
    api.signUpAndToken(name);
    FormClient writer = signedInClient(name);
    HttpResponse<String> response =
        writer.submit(
            "/works/new",
            "/works",
            Map.of("title", "Kept Title", "summary", "Kept summary", "body", "short"));
    assertThat(response.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(response.body());
    List<String> lines = summary(page);
    assertThat(page.select("#error-summary a").eachAttr("href"))
        .contains("#rating", "#warnings", "#fandoms", "#body");
    statedOnce(page, lines);
    assertThat(page.getElementById("title").val()).isEqualTo("Kept Title");
    assertThat(page.getElementById("summary").text()).isEqualTo("Kept summary");
    assertThat(page.getElementById("body").text()).isEqualTo("short");
    // The summary comes before the form, right under the page's heading.
    assertThat(page.selectFirst("h1 + #error-summary, h1 ~ #error-summary")).isNotNull();
  }

  @Test
  void theChapterAndSettingsFormsUseTheSameSummary() {
    String name = Api.unique("writer");
    Api writer = api.as(api.signUpAndToken(name));
    long id = WorkBuilder.sample("Summary Chapters").post(writer);
    FormClient client = signedInClient(name);
    Document chapter =
        Jsoup.parse(
            client
                .submit(
                    "/works/" + id + "/chapters/new",
                    "/works/" + id + "/chapters",
                    Map.of("title", "Kept chapter title", "body", ""))
                .body());
    assertThat(chapter.select("#error-summary a").eachAttr("href")).contains("#body");
    statedOnce(chapter, summary(chapter));
    assertThat(chapter.getElementById("title").val()).isEqualTo("Kept chapter title");

    Document settings =
        Jsoup.parse(
            client
                .submit(
                    "/settings",
                    "/settings/password",
                    Map.of("currentPassword", "wrong-password", "newPassword", "x"))
                .body());
    assertThat(settings.select("#error-summary a").eachAttr("href"))
        .containsExactly("#currentPassword", "#newPassword");
    statedOnce(settings, summary(settings));
  }

  @Test
  void theLogInErrorIsASummaryLinkingToTheField() {
    FormClient guest = new FormClient(baseUrl());
    String login = "nobody-" + Api.unique("");
    String back =
        guest.logIn(login, "wrong-password").headers().firstValue("Location").orElseThrow();
    Document page = Jsoup.parse(guest.get(back.replaceFirst("^https?://[^/]+", "")).body());
    assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#login");
    assertThat(page.getElementById("login").val()).isEqualTo(login);
    statedOnce(page, summary(page));
  }

  @Test
  void aRefusedCommentComesBackWithWhatWasTyped() {
    Api writer = api.as(api.signUpAndToken(Api.unique("writer")));
    long id = WorkBuilder.sample("Kept Comments").post(writer);
    FormClient guest = new FormClient(baseUrl());
    HttpResponse<String> refused =
        guest.submit(
            "/works/" + id,
            "/works/" + id + "/chapters/1/comments",
            Map.of("name", "Guest Reader", "email", "", "body", "A long thought I typed out."));
    assertThat(refused.statusCode()).isEqualTo(302);
    String back = refused.headers().firstValue("Location").orElseThrow();
    Document page = Jsoup.parse(guest.get(back.replaceFirst("^https?://[^/]+", "")).body());
    assertThat(page.getElementById("comment-form-body").text())
        .isEqualTo("A long thought I typed out.");
    assertThat(page.getElementById("comment-form-name").val()).isEqualTo("Guest Reader");
    assertThat(page.select("#error-summary a").eachAttr("href"))
        .containsExactly("#comment-form-body");
    statedOnce(page, summary(page));
  }
}
