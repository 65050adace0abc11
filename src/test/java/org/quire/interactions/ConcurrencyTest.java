package org.quire.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Many clients doing the same thing at the same moment: threads wait at a barrier and are released
 * together. None may get a 5xx, and every counter must come out exact.
 */
class ConcurrencyTest extends IntegrationTest {
  private static final int THREADS = 12;

  @Test
  void writersPostingTheSameNewTagsAtOnceAllSucceedAndShareOneTag() throws Exception {
    List<Api> writers = accounts("tagrace", THREADS);
    String tag = Api.unique("Brand New Tag ");
    String fandom = Api.unique("Brand New Fandom ");
    List<Api.Response> posted =
        together(
            THREADS,
            i ->
                writers
                    .get(i)
                    .post(
                        "/api/v1/works",
                        work("Race " + i)
                            .fandom(fandom)
                            // The same new tag in another case: one tag, whatever case won.
                            .freeforms(i % 2 == 0 ? tag : tag.toUpperCase(java.util.Locale.ROOT))
                            .text("The same new tag, post " + i)));
    assertThat(posted).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
    assertThat(posted.stream().map(r -> r.json().path("freeforms").get(0).asString()).distinct())
        .hasSize(1);
    assertThat(posted.stream().map(r -> r.json().path("fandoms").get(0).asString()).distinct())
        .hasSize(1);
    assertThat(api.get("/api/v1/tags/" + tag.replace(" ", "%20")).json().path("type").asString())
        .isEqualTo("Freeform");
  }

  @Test
  void twentyKudosAtOnceCountTwenty() throws Exception {
    long work = newWork();
    List<Api> readers = accounts("kudosrace", 20);
    List<Api.Response> given =
        together(20, i -> readers.get(i).post("/api/v1/works/" + work + "/kudos", Map.of()));
    assertThat(given).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
    assertThat(stats(work).path("kudos").asInt()).isEqualTo(20);
    assertThat(api.get("/api/v1/works/" + work + "/kudos").json().path("users").size())
        .isEqualTo(20);
  }

  @Test
  void theSameReaderLeavingKudosTwiceAtOnceIsOneKudosAndOne409() throws Exception {
    long work = newWork();
    Api reader = accounts("twice", 1).getFirst();
    List<Api.Response> given =
        together(8, i -> reader.post("/api/v1/works/" + work + "/kudos", Map.of()));
    assertThat(given.stream().map(Api.Response::status).sorted().toList())
        .containsExactly(201, 409, 409, 409, 409, 409, 409, 409);
    assertThat(stats(work).path("kudos").asInt()).isEqualTo(1);
  }

  @Test
  void concurrentBookmarksCountExactly() throws Exception {
    long work = newWork();
    List<Api> readers = accounts("bmrace", THREADS);
    List<Api.Response> made =
        together(THREADS, i -> readers.get(i).post("/api/v1/bookmarks", Map.of("workId", work)));
    assertThat(made).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
    assertThat(stats(work).path("bookmarks").asInt()).isEqualTo(THREADS);

    // Half of them turn private and the other half delete theirs, all at once: none left public.
    List<Api.Response> changed =
        together(
            THREADS,
            i -> {
              String path = "/api/v1/bookmarks/" + made.get(i).json().path("id").asLong();
              return i % 2 == 0
                  ? readers.get(i).patch(path, Map.of("private", true))
                  : readers.get(i).delete(path);
            });
    assertThat(changed).allSatisfy(r -> assertThat(r.status()).as(r.body()).isLessThan(300));
    assertThat(stats(work).path("bookmarks").asInt()).isZero();
  }

  @Test
  void concurrentSubscriptionsAreEachStoredOnce() throws Exception {
    long work = newWork();
    List<Api> readers = accounts("subrace", THREADS);
    Map<String, String> body = Map.of("type", "work", "id", String.valueOf(work));
    // Every reader twice: one of each pair is stored, the other is told it already is.
    List<Api.Response> made =
        together(THREADS * 2, i -> readers.get(i / 2).post("/api/v1/subscriptions", body));
    assertThat(made.stream().filter(r -> r.status() == 201)).hasSize(THREADS);
    assertThat(made.stream().filter(r -> r.status() == 409)).hasSize(THREADS);
    for (Api reader : readers) {
      assertThat(reader.get("/api/v1/me/subscriptions").json().path("items").size()).isEqualTo(1);
    }
  }

  @Test
  void concurrentRepliesToOneCommentAreAllCounted() throws Exception {
    long work = newWork();
    String comments = "/api/v1/works/" + work + "/chapters/1/comments";
    Api first = accounts("op", 1).getFirst();
    long parent =
        first.post(comments, Map.of("body", "What a chapter.")).json().path("id").asLong();
    List<Api> readers = accounts("replyrace", THREADS);
    List<Api.Response> replies =
        together(
            THREADS,
            i -> readers.get(i).post(comments, Map.of("body", "Agreed " + i, "parentId", parent)));
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
    assertThat(stats(work).path("comments").asInt()).isEqualTo(THREADS + 1);

    // Their authors delete them all at once, while the parent's author deletes the parent.
    List<Api.Response> deleted =
        together(
            THREADS + 1,
            i ->
                i == THREADS
                    ? first.delete("/api/v1/comments/" + parent)
                    : readers
                        .get(i)
                        .delete("/api/v1/comments/" + replies.get(i).json().path("id").asLong()));
    assertThat(deleted).allSatisfy(r -> assertThat(r.status()).as(r.body()).isLessThan(300));
    assertThat(stats(work).path("comments").asInt()).isZero();
  }

  @Test
  void addingTheSamePseudTwiceAtOnceIsOnePseudAndConflicts() throws Exception {
    Api writer = accounts("pseudrace", 1).getFirst();
    String name = Api.unique("Pen");
    List<Api.Response> added =
        together(
            8,
            i ->
                writer.post(
                    "/api/v1/me/pseuds",
                    Map.of("name", i % 2 == 0 ? name : name.toUpperCase(java.util.Locale.ROOT))));
    assertThat(added.stream().map(Api.Response::status).sorted().toList())
        .containsExactly(201, 409, 409, 409, 409, 409, 409, 409);
    // Each refusal says which field clashed, as a refusal without a race does.
    assertThat(added.stream().filter(r -> r.status() == 409))
        .allSatisfy(r -> assertThat(r.body()).contains("\"field\":\"name\""));
    assertThat(writer.get("/api/v1/me/pseuds").json().size()).isEqualTo(2);
  }

  @Test
  void signingUpTheSameNameAtOnceIsOneAccountAndConflicts() throws Exception {
    String name = Api.unique("dup");
    List<Api.Response> made =
        together(
            8,
            i ->
                api.post(
                    "/api/v1/accounts",
                    Map.of(
                        "username",
                        i % 2 == 0 ? name : name.toUpperCase(java.util.Locale.ROOT),
                        "email",
                        name + i + "@example.org",
                        "password",
                        "password-1")));
    assertThat(made.stream().map(Api.Response::status).sorted().toList())
        .containsExactly(201, 409, 409, 409, 409, 409, 409, 409);
    assertThat(made.stream().filter(r -> r.status() == 409))
        .allSatisfy(r -> assertThat(r.body()).contains("\"field\":\"username\""));

    // Different names, one email: the refusals name the email.
    String other = Api.unique("dupmail");
    List<Api.Response> sameEmail =
        together(
            8,
            i ->
                api.post(
                    "/api/v1/accounts",
                    Map.of(
                        "username",
                        other + i,
                        "email",
                        other + "@example.org",
                        "password",
                        "password-1")));
    assertThat(sameEmail.stream().map(Api.Response::status).sorted().toList())
        .containsExactly(201, 409, 409, 409, 409, 409, 409, 409);
    assertThat(sameEmail.stream().filter(r -> r.status() == 409))
        .allSatisfy(r -> assertThat(r.body()).contains("\"field\":\"email\""));
  }

  private long newWork() {
    Api writer = accounts("racewriter", 1).getFirst();
    return work("Contested").text("Many readers at once.").post(writer);
  }

  private JsonNode stats(long work) {
    return api.get("/api/v1/works/" + work).json().path("stats");
  }

  private List<Api> accounts(String prefix, int count) {
    List<Api> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      made.add(api.as(api.signUpAndToken(Api.unique(prefix))));
    }
    return made;
  }

  /** Runs {@code count} requests released together at a barrier; their responses, in order. */
  private static List<Api.Response> together(int count, IntFunction<Api.Response> request)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(count);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<Api.Response>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return request.apply(n);
                }));
      }
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> future : futures) {
        responses.add(future.get(120, TimeUnit.SECONDS));
      }
      assertThat(responses)
          .as("no server errors")
          .allSatisfy(r -> assertThat(r.status()).as(r.body()).isLessThan(500));
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
