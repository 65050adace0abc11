package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.chapter;
import static org.quire.testing.WorkBuilder.tagged;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class WorkApiTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;
  private Api writer;
  private String writerName;

  @BeforeEach
  void writer() {
    writerName = Api.unique("writer");
    writer = api.as(api.signUpAndToken(writerName));
  }

  @Test
  void postingAWorkReturnsEveryFieldOfTheContract() {
    Map<String, Object> body =
        tagged("The Long Night")
            .relationships("Ana/Ben")
            .expectedChapters(2)
            .text(
                "<p>It was a dark and stormy night.</p><script>alert(1)</script><p>Ana don't care.</p>")
            .toMap();
    Api.Response created = writer.post("/api/v1/works", body);
    assertThat(created.status()).isEqualTo(201);
    JsonNode w = created.json();
    assertThat(w.path("id").isNumber()).isTrue();
    assertThat(w.path("title").asString()).isEqualTo("The Long Night");
    assertThat(w.path("summary").asString()).isEqualTo("A summary.");
    assertThat(w.path("rating").asString()).isEqualTo("General Audiences");
    assertThat(w.path("warnings").get(0).asString()).isEqualTo("No Archive Warnings Apply");
    assertThat(w.path("relationships").get(0).asString()).isEqualTo("Ana/Ben");
    assertThat(w.path("creators").get(0).asString()).isEqualTo(writerName);
    assertThat(w.path("wordCount").asInt()).isEqualTo(10);
    assertThat(w.path("chapterCount").asInt()).isEqualTo(1);
    assertThat(w.path("complete").asBoolean()).isFalse();
    assertThat(w.path("draft").asBoolean()).isFalse();
    assertThat(w.path("publishedAt").asString()).isNotBlank();
    assertThat(w.path("stats").path("hits").asInt()).isZero();
    assertThat(w.path("chapters").get(0).path("position").asInt()).isEqualTo(1);

    long id = w.path("id").asLong();
    JsonNode chapter = api.get("/api/v1/works/" + id + "/chapters/1").json();
    assertThat(chapter.path("body").asString())
        .contains("dark and stormy")
        .doesNotContain("script", "alert");
  }

  @Test
  void everyLimitIsA422NamingItsField() {
    assertField(tagged("x").with("title", ""), "title");
    assertField(tagged("x").with("title", "t".repeat(256)), "title");
    assertField(tagged("x").with("summary", "s".repeat(1251)), "summary");
    assertField(tagged("x").with("notes", "n".repeat(5001)), "notes");
    assertField(tagged("x").with("endNotes", "n".repeat(5001)), "endNotes");
    assertField(tagged("x").with("rating", "PG-13"), "rating");
    assertField(tagged("x").with("rating", null), "rating");
    assertField(tagged("x").with("warnings", List.of()), "warnings");
    assertField(tagged("x").with("warnings", List.of("Spiders")), "warnings");
    assertField(tagged("x").with("categories", List.of("Romance")), "categories");
    assertField(tagged("x").with("fandoms", List.of()), "fandoms");
    assertField(tagged("x").with("freeforms", List.of("a".repeat(151))), "freeforms");
    for (String bad :
        List.of(
            "a,b", "a^b", "a*b", "a<b", "a>b", "a{b", "a}b", "a=b", "a`b", "a%b", "a，b", "a、b")) {
      assertField(tagged("x").with("characters", List.of(bad)), "characters");
    }
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 75; i++) {
      many.add("Tag " + i);
    }
    assertField(tagged("x").with("freeforms", many), "tags");
    assertThat(
            writer
                .post("/api/v1/works", tagged("x").with("freeforms", many.subList(0, 72)))
                .status())
        .isEqualTo(201);
    assertField(tagged("x").with("chapters", List.of()), "chapters");
    assertField(tagged("x").with("chapters", List.of(chapter("too short"))), "chapters[0].body");
    assertField(
        tagged("x").with("chapters", List.of(chapter("w".repeat(510_001)))), "chapters[0].body");
    assertField(tagged("x").with("language", "klingon"), "language");
    assertThat(
            writer
                .post("/api/v1/works", tagged("Deutsch").with("language", "DE"))
                .json()
                .path("language")
                .asString())
        .isEqualTo("de");
    assertThat(
            writer
                .post("/api/v1/works", tagged("Named").with("language", "English"))
                .json()
                .path("language")
                .asString())
        .isEqualTo("en");
    assertField(tagged("x").with("commentPolicy", "friends"), "commentPolicy");
    Map<String, Object> future = chapter("A chapter from the future.");
    future.put("publishedOn", LocalDate.now().plusDays(2).toString());
    assertField(tagged("x").with("chapters", List.of(future)), "chapters[0].publishedOn");
  }

  @Test
  void aFailedPostCreatesNothing() {
    long before = jdbc.sql("select count(*) from works").query(Long.class).single();
    assertField(
        tagged("x").with("chapters", List.of(chapter("fine chapter text"), chapter("short"))),
        "chapters[1].body");
    assertThat(jdbc.sql("select count(*) from works").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void guestsCannotPost() {
    assertThat(api.post("/api/v1/works", tagged("Guest")).status()).isEqualTo(401);
  }

  @Test
  void draftsAreVisibleToTheirCreatorsOnly() {
    long id =
        writer
            .post("/api/v1/works", tagged("Secret draft").with("draft", true))
            .json()
            .path("id")
            .asLong();
    assertThat(writer.get("/api/v1/works/" + id).json().path("draft").asBoolean()).isTrue();
    assertThat(api.get("/api/v1/works/" + id).status()).isEqualTo(404);
    Api other = api.as(api.signUpAndToken(Api.unique("other")));
    assertThat(other.get("/api/v1/works/" + id).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/works/" + id + "/chapters/1").status()).isEqualTo(404);

    JsonNode posted = writer.patch("/api/v1/works/" + id, Map.of("draft", false)).json();
    assertThat(posted.path("draft").asBoolean()).isFalse();
    assertThat(posted.path("publishedAt").asString()).isNotBlank();
    assertThat(api.get("/api/v1/works/" + id).status()).isEqualTo(200);
  }

  @Test
  void restrictedWorksAre404ToGuestsOnly() {
    long id =
        writer
            .post("/api/v1/works", tagged("Members only").with("restricted", true))
            .json()
            .path("id")
            .asLong();
    assertThat(api.get("/api/v1/works/" + id).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/works/" + id + "/chapters/1").status()).isEqualTo(404);
    Api reader = api.as(api.signUpAndToken(Api.unique("reader")));
    assertThat(reader.get("/api/v1/works/" + id).status()).isEqualTo(200);
  }

  @Test
  void onlyCreatorsEditAndDelete() {
    long id = writer.post("/api/v1/works", tagged("Mine")).json().path("id").asLong();
    Api other = api.as(api.signUpAndToken(Api.unique("other")));
    assertThat(other.patch("/api/v1/works/" + id, Map.of("title", "Stolen")).status())
        .isEqualTo(403);
    assertThat(other.delete("/api/v1/works/" + id).status()).isEqualTo(403);
    assertThat(api.delete("/api/v1/works/" + id).status()).isIn(401, 403, 404);
    assertThat(
            writer
                .patch(
                    "/api/v1/works/" + id,
                    Map.of("title", "Mine, renamed", "freeforms", List.of("Angst")))
                .json()
                .path("title")
                .asString())
        .isEqualTo("Mine, renamed");
    JsonNode after = api.get("/api/v1/works/" + id).json();
    assertThat(after.path("freeforms").toString()).isEqualTo("[\"Angst\"]");
    assertThat(after.path("fandoms").toString()).isEqualTo("[\"Original Work\"]");
    assertThat(writer.delete("/api/v1/works/" + id).status()).isEqualTo(204);
    assertThat(writer.get("/api/v1/works/" + id).status()).isEqualTo(404);
  }

  @Test
  void chaptersAreAddedInsertedMovedAndDeleted() {
    long id =
        writer
            .post("/api/v1/works", tagged("Chapters").with("expectedChapters", 3))
            .json()
            .path("id")
            .asLong();
    String base = "/api/v1/works/" + id + "/chapters";
    Map<String, Object> second = chapter("The second chapter's text, two.");
    second.put("title", "Two");
    assertThat(writer.post(base, second).status()).isEqualTo(201);
    Map<String, Object> inserted = chapter("Inserted at the very start of it all.");
    inserted.put("title", "Zero");
    inserted.put("position", 1);
    JsonNode zero = writer.post(base, inserted).json();
    assertThat(zero.path("position").asInt()).isEqualTo(1);

    JsonNode w = api.get("/api/v1/works/" + id).json();
    assertThat(w.path("chapters").findValuesAsString("title")).containsExactly("Zero", "", "Two");
    assertThat(w.path("chapterCount").asInt()).isEqualTo(3);
    assertThat(w.path("complete").asBoolean()).isTrue();
    int total = 0;
    for (JsonNode c : w.path("chapters")) {
      total += c.path("wordCount").asInt();
    }
    assertThat(w.path("wordCount").asInt()).isEqualTo(total);

    assertThat(writer.patch(base + "/3", Map.of("position", 1)).json().path("title").asString())
        .isEqualTo("Two");
    assertThat(api.get("/api/v1/works/" + id).json().path("chapters").findValuesAsString("title"))
        .containsExactly("Two", "Zero", "");
    assertThat(writer.patch(base + "/2", Map.of("body", "Short")).status()).isEqualTo(422);
    assertThat(writer.delete(base + "/2").status()).isEqualTo(204);
    JsonNode afterDelete = api.get("/api/v1/works/" + id).json();
    assertThat(afterDelete.path("chapters").findValuesAsString("title")).containsExactly("Two", "");
    assertThat(afterDelete.path("complete").asBoolean()).isFalse();
    assertThat(writer.delete(base + "/1").status()).isEqualTo(204);
    assertThat(writer.delete(base + "/1").status()).isEqualTo(422);
    assertThat(api.get(base + "/9").status()).isEqualTo(404);
  }

  @Test
  void markdownAndPlainTextChapters() {
    Map<String, Object> md = chapter("Some **bold** words here.");
    md.put("format", "markdown");
    Map<String, Object> text = chapter("First paragraph.\n\nSecond <b>not bold</b>.");
    text.put("format", "text");
    long id =
        writer
            .post("/api/v1/works", tagged("Formats").with("chapters", List.of(md, text)))
            .json()
            .path("id")
            .asLong();
    assertThat(api.get("/api/v1/works/" + id + "/chapters/1").json().path("body").asString())
        .contains("<strong>bold</strong>");
    assertThat(api.get("/api/v1/works/" + id + "/chapters/2").json().path("body").asString())
        .contains("<p>First paragraph.</p>", "&lt;b&gt;not bold&lt;/b&gt;");
    Map<String, Object> bad = chapter("Fine text for a chapter.");
    bad.put("format", "docx");
    assertField(tagged("x").with("chapters", List.of(bad)), "chapters[0].format");
  }

  @Test
  void creditingPseuds() {
    writer.post("/api/v1/me/pseuds", Map.of("name", "Night Owl"));
    JsonNode w =
        writer
            .post("/api/v1/works", tagged("Pseuds").with("creators", List.of("Night Owl")))
            .json();
    assertThat(w.path("creators").toString()).isEqualTo("[\"Night Owl\"]");
    assertField(tagged("x").with("creators", List.of("Somebody Else")), "creators");
  }

  @Test
  void unknownWorksAre404() {
    assertThat(api.get("/api/v1/works/999999999").status()).isEqualTo(404);
    assertThat(api.get("/api/v1/works/abc").status()).isEqualTo(400);
  }

  private void assertField(WorkBuilder body, String field) {
    Api.Response response = writer.post("/api/v1/works", body);
    assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(422);
    assertThat(response.json().path("errors").findValuesAsString("field"))
        .as(response.body())
        .contains(field);
  }
}
