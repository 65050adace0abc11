package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.chapter;
import static org.quire.testing.WorkBuilder.tagged;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class WorkPagesTest extends IntegrationTest {
  @Autowired HitCounter hits;

  @Test
  void theWorkPageShowsMetadataTextAndChapterNavigation() {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id =
        tagged("Two Nights")
            .relationships("Ana/Ben")
            .freeforms("Hurt/Comfort")
            .with("notes", "Thanks to my beta.")
            .with("endNotes", "Comments welcome.")
            .chapters(
                chapter("The first night was loud."),
                chapter("Quiet", "The second night was quieter."))
            .post(writer);

    FormClient guest = new FormClient(baseUrl());
    String page = guest.get("/works/" + id).body();
    assertThat(page)
        .contains("Two Nights", "General Audiences", "No Archive Warnings Apply", "Original Work")
        .contains("href=\"/tags/Ana%2FBen/works\"", "href=\"/tags/Hurt%2FComfort/works\"")
        .contains("Thanks to my beta.", "The first night was loud.", "Next Chapter")
        .contains("Chapter 2: Quiet")
        .doesNotContain("The second night was quieter.", "Comments welcome.");
    assertThat(guest.get("/works/" + id + "/chapters/2").body())
        .contains("The second night was quieter.", "Comments welcome.", "Previous Chapter");
    assertThat(guest.get("/works/" + id + "?view=full").body())
        .contains(
            "The first night was loud.", "The second night was quieter.", "Comments welcome.");
    assertThat(guest.get("/works/" + id + "/chapters/3").statusCode()).isEqualTo(404);
  }

  @Test
  void theAdultGateComesFirstForGuestsAndIsRememberedAfterYes() {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id =
        tagged("After Dark").rating("Explicit").warnings("Major Character Death").post(writer);
    FormClient guest = new FormClient(baseUrl());
    HttpResponse<String> gate = guest.get("/works/" + id);
    assertThat(gate.statusCode()).isEqualTo(200);
    assertThat(gate.body())
        .contains(
            "Adult Content Warning",
            "After Dark",
            "Explicit",
            "Major Character Death",
            "Yes, Continue",
            "No, Go Back")
        .doesNotContain("Once upon a time there was a test.");
    assertThat(guest.get("/works/" + id + "?view_adult=true").body())
        .contains("Once upon a time there was a test.");
    assertThat(guest.get("/works/" + id + "/chapters/1").body())
        .contains("Once upon a time there was a test.");

    long teen = tagged("Daylight").rating("Teen And Up Audiences").post(writer);
    assertThat(new FormClient(baseUrl()).get("/works/" + teen).body()).contains("Once upon a time");
    long unrated = tagged("Unknown").rating("Not Rated").post(writer);
    assertThat(new FormClient(baseUrl()).get("/works/" + unrated).body())
        .contains("Adult Content Warning");
  }

  @Test
  void readersWhoOptedOutSkipTheGate() {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id = tagged("Mature one").rating("Mature").post(writer);
    String name = Api.unique("r");
    api.signUpAndToken(name);
    FormClient reader = signedInClient(name);
    assertThat(reader.get("/works/" + id).body()).contains("Adult Content Warning");
    reader.submit("/settings", "/settings/preferences", Map.of("showAdultContent", "true"));
    assertThat(reader.get("/works/" + id).body())
        .contains("Once upon a time")
        .doesNotContain("Adult Content Warning");
  }

  @Test
  void restrictedWorksSendGuestsToLogInAndBack() {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id = tagged("Locked").restricted().post(writer);
    FormClient guest = new FormClient(baseUrl());
    HttpResponse<String> redirect = guest.get("/works/" + id);
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location").orElse("")).endsWith("/login");
    String name = Api.unique("r");
    api.signUpAndToken(name);
    HttpResponse<String> loggedIn = guest.logIn(name, "password-1");
    assertThat(loggedIn.headers().firstValue("Location").orElse("")).contains("/works/" + id);
    assertThat(guest.get("/works/" + id).body()).contains("Locked", "Once upon a time");
  }

  @Test
  void draftsAreNeverListedAndOnlyTheirCreatorsCanOpenThem() {
    String name = Api.unique("w");
    Api writer = api.as(api.signUpAndToken(name));
    long draft = tagged("Hidden Draft " + name).draft().post(writer);
    long posted = tagged("Public Work " + name).post(writer);
    FormClient guest = new FormClient(baseUrl());
    assertThat(guest.get("/works/" + draft).statusCode()).isEqualTo(404);
    assertThat(guest.get("/").body())
        .contains("Public Work " + name)
        .doesNotContain("Hidden Draft " + name);
    assertThat(guest.get("/users/" + name + "/works").body())
        .contains("Public Work " + name)
        .doesNotContain("Hidden Draft");
    FormClient owner = signedInClient(name);
    assertThat(owner.get("/works/" + draft).body()).contains("This is a draft", "Hidden Draft");
    assertThat(owner.get("/users/" + name + "/works").body()).contains("Hidden Draft " + name);
    assertThat(posted).isPositive();
  }

  @Test
  void theFormKeepsWhatWasTypedAndShowsErrorsBesideFields() {
    String name = Api.unique("w");
    api.signUpAndToken(name);
    FormClient writer = signedInClient(name);
    Map<String, String> form = new HashMap<>();
    form.put("title", "My unfinished title");
    form.put("fandoms", "Original Work");
    form.put("characters", "Ana, Ben*");
    form.put("body", "short");
    form.put("action", "post");
    HttpResponse<String> page = writer.submit("/works/new", "/works", form);
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("value=\"My unfinished title\"", "value=\"Ana, Ben*\"")
        .contains(
            "id=\"rating-error\"",
            "id=\"warnings-error\"",
            "id=\"body-error\"",
            "id=\"characters-error\"");
  }

  @Test
  void hitsCountOncePerReaderPerDayAndNotTheCreators() {
    String name = Api.unique("w");
    Api writer = api.as(api.signUpAndToken(name));
    long id = tagged("Counted").post(writer);
    FormClient guest = new FormClient(baseUrl());
    guest.get("/works/" + id);
    guest.get("/works/" + id);
    FormClient owner = signedInClient(name);
    owner.get("/works/" + id);
    String readerName = Api.unique("r");
    api.signUpAndToken(readerName);
    FormClient reader = signedInClient(readerName);
    reader.get("/works/" + id);
    reader.get("/works/" + id + "/chapters/1");
    hits.flush();
    assertThat(api.get("/api/v1/works/" + id).json().path("stats").path("hits").asInt())
        .isEqualTo(2);
  }

  @Test
  void deletingAsksForConfirmation() {
    String name = Api.unique("w");
    Api writer = api.as(api.signUpAndToken(name));
    long id = tagged("Doomed").post(writer);
    FormClient owner = signedInClient(name);
    assertThat(owner.get("/works/" + id + "/delete").body()).contains("Are you sure", "Doomed");
    assertThat(
            owner
                .submit("/works/" + id + "/delete", "/works/" + id + "/delete", Map.of())
                .statusCode())
        .isEqualTo(302);
    assertThat(api.get("/api/v1/works/" + id).status()).isEqualTo(404);
  }
}
