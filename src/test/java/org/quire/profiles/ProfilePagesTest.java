package org.quire.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;

/** A user's dashboard, pseud pages, following a user and the profile's "about" text, over HTTP. */
class ProfilePagesTest extends IntegrationTest {

  @Test
  void theDashboardShowsTheProfileAndOnlyWorksTheViewerMaySee() {
    String name = Api.unique("dash");
    Api writer = api.as(api.signUpAndToken(name));
    long open = tagged("Open " + name).post(writer);
    tagged("Locked " + name).restricted().post(writer);
    tagged("Unfinished " + name).draft().post(writer);
    String readerName = Api.unique("reader");
    Api reader = api.as(api.signUpAndToken(readerName));
    assertThat(reader.post("/api/v1/bookmarks", Map.of("workId", open, "notes", "Good")).status())
        .isEqualTo(201);

    String asGuest = new FormClient(baseUrl()).get("/users/" + name).body();
    assertThat(asGuest)
        .contains(name, "Joined", "Open " + name, "Pseuds", "/users/" + name + "/pseuds/" + name);
    assertThat(asGuest).doesNotContain("Locked " + name, "Unfinished " + name, "Subscribe");

    String asMember = signedInClient(readerName).get("/users/" + name).body();
    assertThat(asMember).contains("Open " + name, "Locked " + name, "Subscribe");
    assertThat(asMember).doesNotContain("Unfinished " + name, "Statistics");

    String asOwner = signedInClient(name).get("/users/" + name).body();
    assertThat(asOwner)
        .contains(
            "Unfinished " + name, "Drafts", "Marked for later", "Statistics", "Edit your profile")
        .doesNotContain(">Subscribe<");

    // The reader's public bookmark shows on their dashboard, to anyone.
    assertThat(new FormClient(baseUrl()).get("/users/" + readerName).body())
        .contains("Open " + name);
    assertThat(new FormClient(baseUrl()).get("/users/nobody" + name).statusCode()).isEqualTo(404);
  }

  @Test
  void aboutTextIsSanitizedLimitedAndInTheApi() {
    String name = Api.unique("about");
    Api writer = api.as(api.signUpAndToken(name));
    Api.Response saved =
        writer.patch(
            "/api/v1/me/profile",
            Map.of("about", "<p>I write <em>tea</em> fics.</p><script>alert(1)</script>"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().path("about").asString())
        .contains("<em>tea</em>")
        .doesNotContain("script");

    Api.Response profile = api.get("/api/v1/users/" + name);
    assertThat(profile.status()).isEqualTo(200);
    assertThat(profile.json().path("username").asString()).isEqualTo(name);
    assertThat(profile.json().path("about").asString()).contains("<em>tea</em>");
    assertThat(profile.json().path("pseuds").get(0).path("name").asString()).isEqualTo(name);
    assertThat(profile.body()).doesNotContain("@");
    assertThat(new FormClient(baseUrl()).get("/users/" + name).body())
        .contains("<em>tea</em>")
        .doesNotContain("alert(1)");

    Api.Response tooLong = writer.patch("/api/v1/me/profile", Map.of("about", "x".repeat(2001)));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.body()).contains("about", "2000");
    assertThat(api.patch("/api/v1/me/profile", Map.of("about", "hi")).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/users/nobody" + name).status()).isEqualTo(404);

    // The settings form: too long keeps the text and says why beside the field.
    FormClient form = signedInClient(name);
    String typed = "y".repeat(2001);
    HttpResponse<String> refused =
        form.submit("/settings/profile", "/settings/profile", Map.of("about", typed));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("at most 2000 characters", typed);
    HttpResponse<String> ok =
        form.submit("/settings/profile", "/settings/profile", Map.of("about", "Plain words."));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(form.get("/users/" + name).body()).contains("Plain words.");
  }

  @Test
  void aPseudPageListsTheWorksOfThatPseudAndBylinesLinkThere() {
    String name = Api.unique("pseudy");
    Api writer = api.as(api.signUpAndToken(name));
    String other = "Quill " + name.substring(name.length() - 6);
    assertThat(writer.post("/api/v1/me/pseuds", Map.of("name", other)).status()).isEqualTo(201);
    long quilled = tagged("Quilled " + name).creators(other).post(writer);
    tagged("Plain " + name).post(writer);
    tagged("Quilled draft " + name).creators(other).draft().post(writer);
    tagged("Quilled locked " + name).creators(other).restricted().post(writer);

    String pseudPath = "/users/" + name + "/pseuds/" + other.replace(" ", "%20");
    String page = new FormClient(baseUrl()).get(pseudPath).body();
    assertThat(page).contains("Quilled " + name, "1 work by");
    assertThat(page)
        .doesNotContain("Plain " + name, "Quilled draft " + name, "Quilled locked " + name);
    assertThat(signedInClient(name).get(pseudPath).body())
        .contains("Quilled locked " + name, "2 works by")
        .doesNotContain("Quilled draft " + name);

    assertThat(new FormClient(baseUrl()).get("/works/" + quilled).body())
        .contains("href=\"" + pseudPath + "\"");
    assertThat(new FormClient(baseUrl()).get("/users/" + name + "/pseuds/nobody").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aSignedInVisitorSubscribesFromTheDashboard() {
    String name = Api.unique("followed");
    api.signUpAndToken(name);
    String readerName = Api.unique("follower");
    Api reader = api.as(api.signUpAndToken(readerName));
    FormClient form = signedInClient(readerName);
    HttpResponse<String> subscribed =
        form.submit("/users/" + name, "/users/" + name + "/subscribe", Map.of());
    assertThat(subscribed.statusCode()).isEqualTo(302);
    assertThat(form.get("/users/" + name).body()).contains("subscribed to " + name, "Unsubscribe");
    assertThat(reader.get("/api/v1/me/subscriptions").body()).contains("\"user\"");
    assertThat(form.get("/users/" + readerName).body()).contains(name);

    form.submit("/users/" + name, "/users/" + name + "/unsubscribe", Map.of());
    assertThat(form.get("/users/" + name).body()).contains(">Subscribe<");
    assertThat(reader.get("/api/v1/me/subscriptions").body()).doesNotContain("\"user\"");
  }
}
