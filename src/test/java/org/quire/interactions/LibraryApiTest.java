package org.quire.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Bookmarks, subscriptions, reading history, mutes and blocks over the API. */
class LibraryApiTest extends IntegrationTest {

  @Test
  void bookmarksArePrivateOrPublicOnePerWorkAndOutliveTheWork() {
    String readerName = Api.unique("breader");
    Api reader = api.as(api.signUpAndToken(readerName));
    Api writer = api.as(api.signUpAndToken(Api.unique("bwriter")));
    long open = work("Bookmarked").post(writer);
    long secret = work("Secretly Loved").post(writer);

    JsonNode bookmark =
        reader
            .post(
                "/api/v1/bookmarks",
                Map.of(
                    "workId",
                    open,
                    "notes",
                    "So good <script>x</script>",
                    "tags",
                    List.of("comfort read"),
                    "rec",
                    true))
            .json();
    assertThat(bookmark.path("notes").asString()).contains("So good").doesNotContain("script");
    assertThat(bookmark.path("rec").asBoolean()).isTrue();
    assertThat(reader.post("/api/v1/bookmarks", Map.of("workId", open)).status()).isEqualTo(409);
    reader.post("/api/v1/bookmarks", Map.of("workId", secret, "private", true));
    assertThat(api.post("/api/v1/bookmarks", Map.of("workId", open)).status()).isEqualTo(401);

    assertThat(reader.get("/api/v1/me/bookmarks").json().path("total").asLong()).isEqualTo(2);
    JsonNode seenByGuest = api.get("/api/v1/users/" + readerName + "/bookmarks").json();
    assertThat(
            seenByGuest
                .path("items")
                .valueStream()
                .map(b -> b.path("workTitle").asString())
                .toList())
        .containsExactly("Bookmarked");
    assertThat(api.get("/api/v1/works/" + open).json().path("stats").path("bookmarks").asInt())
        .isEqualTo(1);
    assertThat(api.get("/api/v1/works/" + secret).json().path("stats").path("bookmarks").asInt())
        .as("private bookmarks are not counted")
        .isZero();

    writer.delete("/api/v1/works/" + open);
    JsonNode after = reader.get("/api/v1/me/bookmarks").json().path("items");
    JsonNode orphan =
        after
            .valueStream()
            .filter(b -> b.path("workTitle").asString().equals("Bookmarked"))
            .findFirst()
            .orElseThrow();
    assertThat(orphan.path("workDeleted").asBoolean()).isTrue();
    assertThat(orphan.path("notes").asString()).contains("So good");
  }

  @Test
  void subscribersHearOfNewChaptersAndNewWorksInTheirInbox() throws InterruptedException {
    String writerName = Api.unique("swriter");
    Api writer = api.as(api.signUpAndToken(writerName));
    String readerName = Api.unique("sreader");
    Api reader = api.as(api.signUpAndToken(readerName));
    long id = work("Serial").post(writer);

    assertThat(
            reader
                .post("/api/v1/subscriptions", Map.of("type", "work", "id", String.valueOf(id)))
                .status())
        .isEqualTo(201);
    assertThat(
            reader
                .post("/api/v1/subscriptions", Map.of("type", "work", "id", String.valueOf(id)))
                .status())
        .isEqualTo(409);
    assertThat(
            reader.post("/api/v1/subscriptions", Map.of("type", "user", "id", writerName)).status())
        .isEqualTo(201);
    assertThat(reader.post("/api/v1/subscriptions", Map.of("type", "series", "id", "1")).status())
        .isEqualTo(404);
    assertThat(reader.post("/api/v1/subscriptions", Map.of("type", "planet", "id", "1")).status())
        .isEqualTo(422);

    writer.post(
        "/api/v1/works/" + id + "/chapters", Map.of("title", "Two", "body", "The second chapter."));
    long second = work("Sequel").post(writer);

    // Subscribers are told by a job queued with the post, just after it commits.
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
    while (reader.get("/api/v1/me/inbox").json().path("total").asLong() < 2
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    JsonNode inbox = reader.get("/api/v1/me/inbox").json().path("items");
    assertThat(inbox.size()).isEqualTo(2);
    assertThat(inbox.get(0).path("kind").asString()).isEqualTo("work");
    assertThat(inbox.get(0).path("workId").asLong()).isEqualTo(second);
    assertThat(inbox.get(0).path("workTitle").asString()).isEqualTo("Sequel");
    assertThat(inbox.get(1).path("kind").asString()).isEqualTo("chapter");
    assertThat(inbox.get(1).path("workTitle").asString()).isEqualTo("Serial");
    assertThat(inbox.get(1).path("chapterPosition").asInt()).isEqualTo(2);
    assertThat(writer.get("/api/v1/me/inbox").json().path("total").asLong())
        .as("a creator is not told of their own work")
        .isZero();
    String page = signedInClient(readerName).get("/inbox").body();
    assertThat(page)
        .contains("Chapter 2 of Serial was posted.", "Works by " + writerName, ">Serial</a>");
  }

  @Test
  void historyRemembersTheLastChapterAndWhatWasUpdatedSince() {
    Api writer = api.as(api.signUpAndToken(Api.unique("hwriter")));
    String readerName = Api.unique("hreader");
    Api reader = api.as(api.signUpAndToken(readerName));
    long id = work("Long Read").post(writer);
    long later = work("Someday").post(writer);

    reader.get("/api/v1/works/" + id + "/chapters/1");
    reader.get("/api/v1/works/" + id + "/chapters/1");
    JsonNode entry = reader.get("/api/v1/me/history").json().path("items").get(0);
    assertThat(entry.path("workId").asLong()).isEqualTo(id);
    assertThat(entry.path("workTitle").asString()).isEqualTo("Long Read");
    assertThat(entry.path("lastChapter").asInt()).isEqualTo(1);
    assertThat(entry.path("visits").asInt()).isEqualTo(2);
    assertThat(entry.path("updatedSinceRead").asBoolean()).isFalse();

    writer.post("/api/v1/works/" + id + "/chapters", Map.of("body", "More story."));
    assertThat(
            reader
                .get("/api/v1/me/history")
                .json()
                .path("items")
                .get(0)
                .path("updatedSinceRead")
                .asBoolean())
        .isTrue();

    JsonNode marked =
        reader.put("/api/v1/me/history/" + later + "/later", Map.of("later", true)).json();
    assertThat(marked.path("markedForLater").asBoolean()).isTrue();

    reader.delete("/api/v1/me/history");
    assertThat(reader.get("/api/v1/me/history").json().path("total").asLong()).isZero();
    reader.patch("/api/v1/me/reading-settings", Map.of("historyEnabled", false));
    reader.get("/api/v1/works/" + id + "/chapters/2");
    assertThat(reader.get("/api/v1/me/history").json().path("total").asLong())
        .as("history turned off records nothing")
        .isZero();
    assertThat(reader.get("/api/v1/me/reading-settings").json().path("historyEnabled").asBoolean())
        .isFalse();
  }

  @Test
  void mutedTagsAndCreatorsDisappearFromListingsWithACountOfWhatWasHidden() {
    String run = Api.unique("");
    String fandom = "Mute Fandom " + run;
    String mutedName = Api.unique("muted");
    Api muted = api.as(api.signUpAndToken(mutedName));
    Api writer = api.as(api.signUpAndToken(Api.unique("mwriter")));
    Api reader = api.as(api.signUpAndToken(Api.unique("mreader")));
    work("Plain " + run).fandom(fandom).post(writer);
    work("Tagged " + run).fandom(fandom).freeforms("Mute Me " + run).post(writer);
    work("By Muted " + run).fandom(fandom).post(muted);
    String listing = "/api/v1/works?tag=" + fandom.replace(" ", "+");
    assertThat(reader.get(listing).json().path("total").asLong()).isEqualTo(3);

    assertThat(reader.post("/api/v1/me/mutes", Map.of("tag", "Mute Me " + run)).status())
        .isEqualTo(201);
    reader.post("/api/v1/me/mutes", Map.of("user", mutedName));
    JsonNode page = reader.get(listing).json();
    assertThat(page.path("items").valueStream().map(w -> w.path("title").asString()).toList())
        .containsExactly("Plain " + run);
    assertThat(page.path("hiddenByMutes").asLong()).isEqualTo(2);
    assertThat(api.get(listing).json().path("total").asLong())
        .as("others still see them")
        .isEqualTo(3);
    assertThat(reader.get("/api/v1/me/mutes").json().path("users").get(0).asString())
        .isEqualTo(mutedName);
    assertThat(reader.post("/api/v1/me/mutes", Map.of("tag", "No Such Tag " + run)).status())
        .isEqualTo(404);

    reader.delete("/api/v1/me/mutes?tag=Mute+Me+" + run);
    assertThat(reader.get(listing).json().path("total").asLong()).isEqualTo(2);
  }

  @Test
  void aBlockedReaderCannotCommentLeaveKudosOrSubscribe() {
    String readerName = Api.unique("blocked");
    Api reader = api.as(api.signUpAndToken(readerName));
    String writerName = Api.unique("blocker");
    Api writer = api.as(api.signUpAndToken(writerName));
    long id = work("Boundaries").post(writer);
    assertThat(writer.post("/api/v1/me/blocks", Map.of("user", readerName)).status())
        .isEqualTo(201);

    assertThat(reader.post("/api/v1/works/" + id + "/kudos", Map.of()).status()).isEqualTo(403);
    assertThat(
            reader
                .post("/api/v1/works/" + id + "/chapters/1/comments", Map.of("body", "hi"))
                .status())
        .isEqualTo(403);
    assertThat(
            reader.post("/api/v1/subscriptions", Map.of("type", "user", "id", writerName)).status())
        .isEqualTo(403);
    assertThat(
            reader
                .post("/api/v1/subscriptions", Map.of("type", "work", "id", String.valueOf(id)))
                .status())
        .isEqualTo(403);
    assertThat(reader.get("/api/v1/works/" + id).status())
        .as("reading is not blocked")
        .isEqualTo(200);

    writer.delete("/api/v1/me/blocks?user=" + readerName);
    assertThat(reader.post("/api/v1/works/" + id + "/kudos", Map.of()).status()).isEqualTo(201);
  }
}
