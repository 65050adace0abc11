package org.quire.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Kudos and comments over the API: every rule a reader or writer meets. */
class ResponsesApiTest extends IntegrationTest {

  @Test
  void kudosOncePerReaderNeverOnOnesOwnWorkAndNotFromGuestsOnRestrictedWorks() {
    String writerName = Api.unique("kwriter");
    Api writer = api.as(api.signUpAndToken(writerName));
    String readerName = Api.unique("kreader");
    Api reader = api.as(api.signUpAndToken(readerName));
    long id = work("Kudos Work").post(writer);
    long restricted = work("Members Only").restricted().post(writer);

    assertThat(reader.post("/api/v1/works/" + id + "/kudos", Map.of()).status()).isEqualTo(201);
    Api.Response again = reader.post("/api/v1/works/" + id + "/kudos", Map.of());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("detail").asString()).contains("already left kudos");
    Api.Response own = writer.post("/api/v1/works/" + id + "/kudos", Map.of());
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().path("detail").asString()).contains("your own work");
    assertThat(api.post("/api/v1/works/" + id + "/kudos", Map.of()).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/works/" + id + "/kudos", Map.of()).status())
        .as("one per guest address")
        .isEqualTo(409);
    assertThat(api.post("/api/v1/works/" + restricted + "/kudos", Map.of()).status())
        .isEqualTo(404);

    JsonNode kudos = api.get("/api/v1/works/" + id + "/kudos").json();
    assertThat(kudos.path("users").get(0).asString()).isEqualTo(readerName);
    assertThat(kudos.path("guests").asLong()).isEqualTo(1);
    assertThat(api.get("/api/v1/works/" + id).json().path("stats").path("kudos").asInt())
        .isEqualTo(2);
    assertThat(api.get("/api/v1/works?q=%22Kudos+Work%22&kudos=2").json().path("items"))
        .as("the kudos count reaches listings")
        .anySatisfy(item -> assertThat(item.path("id").asLong()).isEqualTo(id));
  }

  @Test
  void threadedCommentsWithRepliesEditsDeletionsAndInboxEntries() {
    String writerName = Api.unique("cwriter");
    Api writer = api.as(api.signUpAndToken(writerName));
    String readerName = Api.unique("creader");
    Api reader = api.as(api.signUpAndToken(readerName));
    Api other = api.as(api.signUpAndToken(Api.unique("cother")));
    long id = work("Comment Work").commentPolicy("registered").post(writer);
    String comments = "/api/v1/works/" + id + "/chapters/1/comments";

    JsonNode first =
        reader.post(comments, Map.of("body", "Lovely!<script>alert(1)</script>")).json();
    assertThat(first.path("body").asString()).contains("Lovely!").doesNotContain("script");
    assertThat(first.path("author").asString()).isEqualTo(readerName);
    JsonNode reply =
        other
            .post(comments, Map.of("body", "Agreed.", "parentId", first.path("id").asLong()))
            .json();
    assertThat(reply.path("parentId").asLong()).isEqualTo(first.path("id").asLong());
    writer.post(comments, Map.of("body", "Thank you both!", "parentId", reply.path("id").asLong()));

    JsonNode thread = api.get(comments).json();
    assertThat(thread.path("total").asLong()).isEqualTo(3);
    assertThat(thread.path("items").valueStream().map(c -> c.path("depth").asInt()).toList())
        .containsExactly(0, 1, 2);

    assertThat(
            api.post(comments, Map.of("body", "Guest here", "name", "G", "email", "g@example.org"))
                .status())
        .as("registered users only")
        .isEqualTo(401);
    assertThat(reader.post(comments, Map.of("body", " ")).status()).isEqualTo(422);
    assertThat(
            reader
                .post("/api/v1/works/" + id + "/chapters/9/comments", Map.of("body", "x"))
                .status())
        .isEqualTo(404);

    JsonNode edited =
        reader
            .patch(
                "/api/v1/comments/" + first.path("id").asLong(), Map.of("body", "Lovely, really!"))
            .json();
    assertThat(edited.path("editedAt").isNull()).isFalse();
    assertThat(
            other
                .patch("/api/v1/comments/" + first.path("id").asLong(), Map.of("body", "mine now"))
                .status())
        .isEqualTo(403);

    assertThat(reader.delete("/api/v1/comments/" + first.path("id").asLong()).status())
        .isEqualTo(204);
    JsonNode afterDelete = api.get(comments).json().path("items");
    assertThat(afterDelete.get(0).path("deleted").asBoolean()).as("kept for its replies").isTrue();
    assertThat(afterDelete.get(0).path("body").asString()).isEmpty();
    assertThat(afterDelete.size()).isEqualTo(3);
    assertThat(api.get("/api/v1/works/" + id).json().path("stats").path("comments").asInt())
        .isEqualTo(2);

    JsonNode writerInbox = writer.get("/api/v1/me/inbox").json();
    assertThat(writerInbox.path("items").valueStream().map(e -> e.path("kind").asString()).toList())
        .containsExactly("comment", "comment");
    assertThat(writerInbox.path("items").get(0).path("workId").asLong()).isEqualTo(id);
    assertThat(writerInbox.path("items").get(0).path("workTitle").asString())
        .isEqualTo("Comment Work");
    JsonNode readerInbox = reader.get("/api/v1/me/inbox").json();
    assertThat(readerInbox.path("items").get(0).path("kind").asString()).isEqualTo("reply");
    assertThat(readerInbox.path("unread").asLong()).isEqualTo(1);
    long entry = readerInbox.path("items").get(0).path("id").asLong();
    assertThat(reader.patch("/api/v1/me/inbox/" + entry, Map.of("read", true)).status())
        .isEqualTo(204);
    assertThat(reader.get("/api/v1/me/inbox").json().path("unread").asLong()).isZero();
    assertThat(other.delete("/api/v1/me/inbox/" + entry).status()).isEqualTo(404);
  }

  @Test
  void commentPoliciesModerationAndTheGuestRateLimit() {
    Api writer = api.as(api.signUpAndToken(Api.unique("mwriter")));
    Api reader = api.as(api.signUpAndToken(Api.unique("mreader")));
    long closed = work("Closed").commentPolicy("none").post(writer);
    long open = work("Open").post(writer);
    assertThat(
            reader
                .post("/api/v1/works/" + closed + "/chapters/1/comments", Map.of("body", "hi"))
                .status())
        .isEqualTo(403);

    writer.put("/api/v1/works/" + open + "/comment-moderation", Map.of("moderated", true));
    String comments = "/api/v1/works/" + open + "/chapters/1/comments";
    JsonNode held = reader.post(comments, Map.of("body", "Waiting")).json();
    assertThat(held.path("pending").asBoolean()).isTrue();
    assertThat(api.get(comments).json().path("total").asLong()).as("hidden from others").isZero();
    assertThat(reader.get(comments).json().path("total").asLong())
        .as("its author sees it")
        .isEqualTo(1);
    assertThat(
            reader
                .post("/api/v1/comments/" + held.path("id").asLong() + "/approve", Map.of())
                .status())
        .isEqualTo(403);
    writer.post("/api/v1/comments/" + held.path("id").asLong() + "/approve", Map.of());
    assertThat(api.get(comments).json().path("total").asLong()).isEqualTo(1);
    writer.put("/api/v1/works/" + open + "/comment-moderation", Map.of("moderated", false));

    Api.Response nameless = api.post(comments, Map.of("body", "Hello"));
    assertThat(nameless.status()).isEqualTo(422);
    assertThat(nameless.body()).contains("name").contains("email");
    for (int i = 0; i < 3; i++) {
      assertThat(
              api.post(
                      comments,
                      Map.of("body", "Guest " + i, "name", "Wren", "email", "wren@example.org"))
                  .status())
          .isEqualTo(201);
    }
    Api.Response limited =
        api.post(comments, Map.of("body", "One more", "name", "Wren", "email", "wren@example.org"));
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isNotEmpty();
    assertThat(api.get(comments).json().path("items").get(1).path("author").asString())
        .isEqualTo("Wren (Guest)");
  }

  @Test
  void aDraftTakesNoResponsesAndIsTheSame404ToItsCreatorAsToOthers() {
    Api writer = api.as(api.signUpAndToken(Api.unique("dwriter")));
    Api reader = api.as(api.signUpAndToken(Api.unique("dreader")));
    long draft = work("Still Drafting").commentPolicy("anyone").draft().post(writer);
    assertThat(writer.get("/api/v1/works/" + draft).status())
        .as("its creator reads it")
        .isEqualTo(200);

    String comments = "/api/v1/works/" + draft + "/chapters/1/comments";
    for (Api who : List.of(writer, reader)) {
      assertThat(who.post(comments, Map.of("body", "Too early")).status())
          .as("a comment on a draft")
          .isEqualTo(404);
      assertThat(who.post("/api/v1/works/" + draft + "/kudos", Map.of()).status())
          .as("kudos on a draft")
          .isEqualTo(404);
      assertThat(who.post("/api/v1/bookmarks", Map.of("workId", draft)).status())
          .as("a bookmark of a draft")
          .isEqualTo(404);
    }
    assertThat(
            api.post(comments, Map.of("body", "Guest", "name", "G", "email", "g@example.org"))
                .status())
        .isEqualTo(404);
  }
}
