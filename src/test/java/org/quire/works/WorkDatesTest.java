package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.chapter;
import static org.quire.testing.WorkBuilder.tagged;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A work's dates as a client sees them: updated is its newest chapter's day (backdated chapters and
 * imports keep theirs, a chapter posted today makes it today), listings sort and filter by it, and
 * a PATCH can set the expected chapter count back to unknown.
 */
class WorkDatesTest extends IntegrationTest {
  private static LocalDate day(JsonNode work, String field) {
    return Instant.parse(work.path(field).asString()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static WorkBuilder dated(String title, String word, String... days) {
    List<Map<String, Object>> chapters = new ArrayList<>();
    for (String d : days) {
      Map<String, Object> c = chapter("The " + word + " chapter of " + d + " begins here.");
      c.put("publishedOn", d);
      chapters.add(c);
    }
    return tagged(title).summary("About " + word + ".").chapters(chapters);
  }

  private List<Long> ids(String path) {
    Api.Response r = api.get(path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("items").valueStream().map(w -> w.path("id").asLong()).toList();
  }

  @Test
  void patchingExpectedChaptersToNullMakesTheCountUnknownAgain() {
    Api writer = api.as(api.signUpAndToken(Api.unique("count")));
    long id = tagged("Counted").expectedChapters(1).post(writer);
    assertThat(api.get("/api/v1/works/" + id).json().path("complete").asBoolean()).isTrue();

    Map<String, Object> unknown = new HashMap<>();
    unknown.put("expectedChapters", null);
    Api.Response patched = writer.patch("/api/v1/works/" + id, unknown);
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().path("expectedChapters").isNull()).isTrue();
    assertThat(patched.json().path("complete").asBoolean()).isFalse();

    // A PATCH that leaves the field out keeps it.
    writer.patch("/api/v1/works/" + id, Map.of("expectedChapters", 4));
    Api.Response untouched = writer.patch("/api/v1/works/" + id, Map.of("title", "Renamed"));
    assertThat(untouched.json().path("expectedChapters").asInt()).isEqualTo(4);
    assertThat(api.get("/api/v1/works/" + id).json().path("expectedChapters").asInt()).isEqualTo(4);

    // Still refused when not a count.
    Api.Response bad = writer.patch("/api/v1/works/" + id, Map.of("expectedChapters", 0));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().path("errors").get(0).path("field").asString())
        .isEqualTo("expectedChapters");
  }

  @Test
  void aBackdatedWorkIsPublishedAndUpdatedOnItsChaptersDays() {
    Api writer = api.as(api.signUpAndToken(Api.unique("backdater")));
    long id = dated("Old story", "lantern", "2019-01-02", "2020-03-04").post(writer);
    JsonNode w = api.get("/api/v1/works/" + id).json();
    assertThat(day(w, "publishedAt")).isEqualTo(LocalDate.parse("2019-01-02"));
    assertThat(day(w, "updatedAt")).isEqualTo(LocalDate.parse("2020-03-04"));

    // Backdating the newest chapter further moves the updated date with it.
    Api.Response moved =
        writer.patch("/api/v1/works/" + id + "/chapters/2", Map.of("publishedOn", "2019-06-07"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    w = api.get("/api/v1/works/" + id).json();
    assertThat(day(w, "updatedAt")).isEqualTo(LocalDate.parse("2019-06-07"));

    // Editing a chapter's text on another day changes neither date.
    writer.patch("/api/v1/works/" + id + "/chapters/1", Map.of("body", "A new first chapter."));
    w = api.get("/api/v1/works/" + id).json();
    assertThat(day(w, "publishedAt")).isEqualTo(LocalDate.parse("2019-01-02"));
    assertThat(day(w, "updatedAt")).isEqualTo(LocalDate.parse("2019-06-07"));

    // A new chapter posted today makes it today.
    Instant before = Instant.now().minusSeconds(5);
    Api.Response added =
        writer.post("/api/v1/works/" + id + "/chapters", chapter("Chapter three, posted today."));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    w = api.get("/api/v1/works/" + id).json();
    assertThat(Instant.parse(w.path("updatedAt").asString())).isAfter(before);
    assertThat(day(w, "publishedAt")).isEqualTo(LocalDate.parse("2019-01-02"));

    // Deleting it again dates the work by its newest remaining chapter.
    assertThat(writer.delete("/api/v1/works/" + id + "/chapters/3").status()).isEqualTo(204);
    w = api.get("/api/v1/works/" + id).json();
    assertThat(day(w, "updatedAt")).isEqualTo(LocalDate.parse("2019-06-07"));
  }

  @Test
  void listingsSortAndFilterByTheNewestChaptersDay() {
    Api writer = api.as(api.signUpAndToken(Api.unique("lister")));
    String word = Api.unique("quill").replace("_", "");
    long older = dated("Older", word, "2018-02-03").post(writer);
    long newer = dated("Newer", word, "2015-01-01", "2021-09-10").post(writer);
    long backdatedLast = dated("Fresh", word, "2019-01-01").expectedChapters(3).post(writer);
    // Posted after the others, but backdated: it sorts by its date, not by when it was posted.
    assertThat(ids("/api/v1/works?q=" + word + "&sort=updated"))
        .containsExactly(newer, backdatedLast, older);
    assertThat(ids("/api/v1/works?q=" + word + "&sort=updated&order=asc"))
        .containsExactly(older, backdatedLast, newer);
    assertThat(ids("/api/v1/works?q=" + word + "&updated=2019-01-01..2020-12-31"))
        .containsExactly(backdatedLast);
    assertThat(ids("/api/v1/works?q=" + word + "&updated=%3C2019-01-01")).containsExactly(older);

    // A chapter posted today puts the work first, and into "today".
    writer.post("/api/v1/works/" + older + "/chapters", chapter("A chapter from today."));
    assertThat(ids("/api/v1/works?q=" + word + "&sort=updated"))
        .containsExactly(older, newer, backdatedLast);
    assertThat(ids("/api/v1/works?q=" + word + "&updated=%3E" + today().minusDays(1)))
        .containsExactly(older);
    // "posted" still sorts by the first chapter's day.
    assertThat(ids("/api/v1/works?q=" + word + "&sort=posted"))
        .containsExactly(backdatedLast, older, newer);
  }

  @Test
  void aDraftPostedLaterKeepsItsBackdatedDays() {
    Api writer = api.as(api.signUpAndToken(Api.unique("drafter")));
    long id = dated("Draft", "ember", "2017-04-05").draft().post(writer);

    Api.Response posted = writer.patch("/api/v1/works/" + id, Map.of("draft", false));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    assertThat(day(posted.json(), "publishedAt")).isEqualTo(LocalDate.parse("2017-04-05"));
    assertThat(day(posted.json(), "updatedAt")).isEqualTo(LocalDate.parse("2017-04-05"));
  }
}
