package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.platform.DataDirectory;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's leaks and contract breaches, as a client sees them: tag suggestions, paging of every
 * list, ranges inside q, a posted work taken back to draft, downloads of deleted works, tag names
 * that their pages cannot carry, and characters text cannot store.
 */
class LeaksAndContractsTest extends IntegrationTest {
  @Autowired DataDirectory data;

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private List<String> suggestions(Api caller, String q) {
    Api.Response r = caller.get("/api/v1/autocomplete/tags?q=" + enc(q));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    r.json().forEach(s -> names.add(s.path("name").asString()));
    return names;
  }

  @Test
  void suggestionsOnlyNameTagsOfWorksTheCallerMaySee() {
    String writer = Api.unique("sug");
    Api author = api.as(api.signUpAndToken(writer));
    Api member = api.as(api.signUpAndToken(Api.unique("mem")));
    String stem = Api.unique("zq").toLowerCase(java.util.Locale.ROOT);
    String onDraft = stem + "draftonly";
    String onRestricted = stem + "restrictedonly";
    String onDeleted = stem + "deletedonly";
    String onPublic = stem + "public";

    tagged("Draft").draft().freeforms(onDraft).post(author);
    tagged("Members").restricted().freeforms(onRestricted).post(author);
    long deleted = tagged("Gone").freeforms(onDeleted).post(author);
    assertThat(author.delete("/api/v1/works/" + deleted).status()).isEqualTo(204);
    tagged("Open").freeforms(onPublic).post(author);

    assertThat(suggestions(api, stem)).containsExactly(onPublic);
    assertThat(suggestions(member, stem)).containsExactlyInAnyOrder(onPublic, onRestricted);
    assertThat(suggestions(author, stem)).doesNotContain(onDraft, onDeleted);
  }

  @Test
  void everyListPagesAndRefusesBadPaging() {
    String name = Api.unique("pager");
    Api reader = api.as(api.signUpAndToken(name));
    Api writer = api.as(api.signUpAndToken(Api.unique("pw")));
    List<Long> works = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = tagged("Paged " + i).post(writer);
      works.add(id);
      assertThat(reader.post("/api/v1/bookmarks", Map.of("workId", id)).status()).isEqualTo(201);
      assertThat(reader.get("/api/v1/works/" + id + "/chapters/1").status()).isEqualTo(200);
      assertThat(
              reader
                  .post("/api/v1/subscriptions", Map.of("type", "work", "id", Long.toString(id)))
                  .status())
          .isEqualTo(201);
    }
    for (String list :
        List.of(
            "/api/v1/users/" + name + "/bookmarks",
            "/api/v1/me/bookmarks",
            "/api/v1/me/history",
            "/api/v1/me/subscriptions")) {
      Api.Response page2 = reader.get(list + "?page=2&perPage=2");
      assertThat(page2.status()).as(list + " " + page2.body()).isEqualTo(200);
      assertThat(page2.json().path("items").size()).as(list).isEqualTo(1);
      assertThat(page2.json().path("page").asInt()).isEqualTo(2);
      assertThat(page2.json().path("perPage").asInt()).isEqualTo(2);
      assertThat(page2.json().path("total").asInt()).isEqualTo(3);
      assertThat(reader.get(list).json().path("perPage").asInt()).isEqualTo(20);
      for (String bad : List.of("page=0", "page=-1", "perPage=0", "perPage=101", "page=x")) {
        Api.Response refused = reader.get(list + "?" + bad);
        assertThat(refused.status()).as(list + "?" + bad).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      }
    }
    String comments = "/api/v1/works/" + works.get(0) + "/chapters/1/comments";
    for (String bad : List.of("page=-1", "page=0", "perPage=1000", "perPage=abc")) {
      assertThat(api.get(comments + "?" + bad).status()).as(bad).isEqualTo(400);
    }
    assertThat(reader.get("/api/v1/me/inbox?page=-1").status()).isEqualTo(400);
  }

  @Test
  void malformedRangesInsideQAreRefused() {
    for (String q : List.of("words>abc", "kudos>", "hits<x", "dragons words>=", "kudos = abc")) {
      Api.Response r = api.get("/api/v1/works?q=" + enc(q));
      assertThat(r.status()).as(q + ": " + r.body()).isEqualTo(400);
      assertThat(r.json().path("detail").asString()).contains("range");
    }
    for (String q : List.of("words>1000", "kudos>=1", "\"kudos>abc\"", "dragons")) {
      assertThat(api.get("/api/v1/works?q=" + enc(q)).status()).as(q).isEqualTo(200);
    }
  }

  @Test
  void aPostedWorkCannotGoBackToDraft() {
    Api writer = api.as(api.signUpAndToken(Api.unique("undraft")));
    long id = tagged("Posted for good").post(writer);
    Api.Response patched = writer.patch("/api/v1/works/" + id, Map.of("draft", true));
    assertThat(patched.status()).as(patched.body()).isEqualTo(422);
    assertThat(patched.json().path("errors").get(0).path("field").asString()).isEqualTo("draft");
    assertThat(patched.json().path("detail").asString()).contains("posted work");
    assertThat(api.get("/api/v1/works/" + id).status()).isEqualTo(200);
    // Saying what is already true stays fine.
    assertThat(writer.patch("/api/v1/works/" + id, Map.of("draft", false)).status()).isEqualTo(200);
  }

  @Test
  void downloadsOfADeletedWorkAreRemoved() throws Exception {
    Api writer = api.as(api.signUpAndToken(Api.unique("dl")));
    long id = tagged("Downloaded then deleted").post(writer);
    BinaryClient guest = new BinaryClient(baseUrl());
    assertThat(guest.get("/works/" + id + "/download.txt").statusCode()).isEqualTo(200);
    Path folder = data.folder("cache/downloads").resolve(Long.toString(id));
    assertThat(Files.exists(folder)).isTrue();
    assertThat(writer.delete("/api/v1/works/" + id).status()).isEqualTo(204);
    assertThat(Files.exists(folder)).isFalse();
  }

  @Test
  void tagNamesTheirPagesCannotCarryAreRefusedAndOthersRoundTrip() {
    Api writer = api.as(api.signUpAndToken(Api.unique("tagger")));
    String stem = Api.unique("Odd");
    for (String bad :
        List.of(
            stem + " semi;colon",
            stem + " new\nline",
            stem + " line\u2028sep",
            stem + " para\u2029sep",
            stem + " back\\slash")) {
      Api.Response r = writer.post("/api/v1/works", tagged("Odd tags").freeforms(bad));
      assertThat(r.status()).as(bad + ": " + r.body()).isEqualTo(422);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("freeforms");
    }
    List<String> good =
        List.of(
            stem + " A/B",
            stem + " Tom & Jerry",
            stem + " why? #1",
            stem + " caf\u00e9 + \u65e5\u672c",
            stem + " \"quoted\" 'single' [x] (y) @z $5 ~tilde !|",
            stem + "...");
    tagged("Fine tags").freeforms(good).post(writer);
    for (String name : good) {
      Api.Response tag = api.get("/api/v1/tags/" + enc(name));
      assertThat(tag.status()).as(name + ": " + tag.body()).isEqualTo(200);
      assertThat(tag.json().path("name").asString()).isEqualTo(name);
      HttpResponse<String> page = new FormClient(baseUrl()).get("/tags/" + enc(name) + "/works");
      assertThat(page.statusCode()).as(name).isEqualTo(200);
      assertThat(page.body()).contains("Fine tags");
    }
  }

  @Test
  void theHtmlFormShowsATagNameProblemBesideTheField() {
    String name = Api.unique("formtag");
    api.signUpAndToken(name);
    FormClient client = signedInClient(name);
    Map<String, String> fields = new HashMap<>();
    fields.put("title", "A form work");
    fields.put("rating", "General Audiences");
    fields.put("warnings", "No Archive Warnings Apply");
    fields.put("fandoms", "Original Work");
    fields.put("freeforms", "semi;colon");
    fields.put("body", "Once upon a time there was a form.");
    HttpResponse<String> posted = client.submit("/works/new", "/works", fields);
    assertThat(posted.statusCode()).isEqualTo(422);
    assertThat(posted.body()).contains("id=\"freeforms-error\"").contains("cannot contain: ;");
  }

  @Test
  void nulAndControlCharactersAreAFieldErrorNotAConflict() {
    Api writer = api.as(api.signUpAndToken(Api.unique("nul")));
    WorkBuilder work = tagged("Nul");
    assertField(writer.post("/api/v1/works", work.title("a\u0000b")), "title");
    assertField(writer.post("/api/v1/works", work.summary("x\u0000")), "summary");
    assertField(writer.post("/api/v1/works", work.with("notes", "\u001bnotes")), "notes");
    assertField(
        writer.post("/api/v1/works", work.text("A chapter body with a NUL \u0000 in it.")),
        "chapters[0].body");
    assertField(writer.post("/api/v1/works", work.freeforms("Nul\u0000Tag")), "freeforms[0]");
    long id = work.post(writer);
    assertField(
        writer.post(
            "/api/v1/works/" + id + "/chapters/1/comments", Map.of("body", "hello\u0000there")),
        "body");
    assertField(
        writer.post("/api/v1/bookmarks", Map.of("workId", id, "notes", "n\u0000")), "notes");
    assertField(writer.post("/api/v1/me/mutes", Map.of("tag", "t\u0000")), "tag");
    // Tabs and line breaks stay allowed in multi-line text.
    assertThat(
            writer
                .post(
                    "/api/v1/works/" + id + "/chapters/1/comments",
                    Map.of("body", "line one\r\n\tline two"))
                .status())
        .isEqualTo(201);

    String name = Api.unique("nulform");
    api.signUpAndToken(name);
    FormClient client = signedInClient(name);
    Map<String, String> fields = new HashMap<>();
    fields.put("title", "Form\u0000title");
    fields.put("rating", "General Audiences");
    fields.put("warnings", "No Archive Warnings Apply");
    fields.put("fandoms", "Original Work");
    fields.put("body", "Once upon a time there was a form.");
    HttpResponse<String> posted = client.submit("/works/new", "/works", fields);
    assertThat(posted.statusCode()).isEqualTo(422);
    assertThat(posted.body()).contains("title").contains("U+0000");
  }

  private static void assertField(Api.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    JsonNode errors = response.json().path("errors");
    assertThat(errors.get(0).path("field").asString()).isEqualTo(field);
    assertThat(errors.get(0).path("message").asString()).contains("U+00");
  }
}
