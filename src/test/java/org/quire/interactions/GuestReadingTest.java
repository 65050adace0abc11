package org.quire.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.quire.platform.TrustedProxiesForTests;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A guest reading a chapter costs the server no session (the CSRF token of the page's forms lives
 * in a cookie), yet the guest's kudos and comments go through, and a form posted without the token
 * is refused. The kudos line names the first users and counts the rest.
 */
class GuestReadingTest extends IntegrationTest {
  @Autowired ApplicationContext context;

  @Test
  void aGuestReadsWithoutASessionAndStillRespondsThroughTheForms() {
    long id = work("No Session Needed").text("<p>Read me.</p>").post(newWriter());
    // Other tests' guests comment from loopback too: this guest comes from an address of its own.
    try (TrustedProxiesForTests.Handle proxy = TrustedProxiesForTests.trustLoopback(context)) {
      FormClient guest =
          new FormClient(baseUrl(), "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255));
      String chapter = "/works/" + id + "/chapters/1";

      HttpResponse<String> page = guest.get(chapter);
      assertThat(page.statusCode()).isEqualTo(200);
      List<String> cookies = page.headers().allValues("Set-Cookie");
      assertThat(cookies).noneMatch(c -> c.startsWith("SESSION") || c.startsWith("JSESSIONID"));
      assertThat(cookies).anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("HttpOnly"));

      Map<String, String> comment =
          Map.of("name", "Passer-by", "email", "passer@example.org", "body", "Lovely, thank you.");
      assertThat(guest.post(chapter + "/comments", comment).statusCode())
          .as("no token, no comment")
          .isEqualTo(403);
      assertThat(guest.submit(chapter, chapter + "/comments", comment).statusCode()).isEqualTo(302);
      assertThat(guest.submit(chapter, "/works/" + id + "/kudos", Map.of()).statusCode())
          .isEqualTo(302);
      assertThat(guest.get(chapter).body())
          .contains("Lovely, thank you.", "Passer-by")
          .contains("1 guest")
          .contains("left kudos on this work!");
    }
  }

  @Test
  void sayingYesToTheAdultWarningNeedsNoSessionEither() {
    long id =
        work("Past The Warning")
            .rating("Explicit")
            .text("<p>Behind the gate.</p>")
            .post(newWriter());
    FormClient guest = new FormClient(baseUrl());
    assertThat(guest.get("/works/" + id).body()).doesNotContain("Behind the gate.");
    HttpResponse<String> yes = guest.get("/works/" + id + "?view_adult=true");
    assertThat(yes.body()).contains("Behind the gate.");
    assertThat(yes.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("SESSION") || c.startsWith("JSESSIONID"))
        .anyMatch(c -> c.startsWith("view_adult=true"));
    assertThat(guest.get("/works/" + id).body())
        .as("remembered for the browser session")
        .contains("Behind the gate.");
    assertThat(new FormClient(baseUrl()).get("/works/" + id).body())
        .as("another browser is asked again")
        .doesNotContain("Behind the gate.");
  }

  private Api newWriter() {
    return api.as(api.signUpAndToken(Api.unique("guestread")));
  }
}
