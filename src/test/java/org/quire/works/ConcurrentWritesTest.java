package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.chapter;
import static org.quire.testing.WorkBuilder.sample;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quire.platform.ConcurrentWrites;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One account runs at most two posts, edits or imports at once (the default of {@code
 * quire.limits.concurrent-writes-per-account}): a third is 429 with Retry-After, on the API and on
 * the posting form (which comes back with what was typed), while another account posts as usual.
 * The two writes in progress are stood in for by two threads holding the account's places.
 */
class ConcurrentWritesTest extends IntegrationTest {
  @Autowired ConcurrentWrites writes;

  @Test
  void anAccountAtItsLimitIsRefusedAndAnotherIsNot() throws Exception {
    String busyName = Api.unique("busy");
    String busyToken = api.signUpAndToken(busyName);
    Api busy = api.as(busyToken);
    Api other = api.as(api.signUpAndToken(Api.unique("other")));
    long busyId = busy.get("/api/v1/me").json().path("id").asLong();
    long existing = sample("Already Here").post(busy);

    try (Held held = hold(busyId, 2)) {
      Api.Response refused = busy.post("/api/v1/works", sample("One Too Many").toMap());
      assertThat(refused.status()).as(refused.body()).isEqualTo(429);
      assertThat(refused.header("Retry-After")).isNotBlank();
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.json().path("detail").asString()).contains("in progress");

      assertThat(
              busy.post("/api/v1/works/" + existing + "/chapters", chapter("More", "Later."))
                  .status())
          .isEqualTo(429);
      assertThat(
              busy.patch("/api/v1/works/" + existing + "/chapters/1", Map.of("body", "Edited."))
                  .status())
          .isEqualTo(429);
      assertThat(importAs(busyToken).statusCode()).isEqualTo(429);

      FormClient form = signedInClient(busyName);
      HttpResponse<String> page =
          form.submit(
              "/works/new",
              "/works",
              Map.of(
                  "title", "My typed title",
                  "fandoms", "Original Work",
                  "body", "Every word I typed stays here.",
                  "action", "post"));
      assertThat(page.statusCode()).isEqualTo(429);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      assertThat(page.body())
          .contains("in progress", "My typed title", "Every word I typed stays here.");

      Api.Response elsewhere = other.post("/api/v1/works", sample("Unaffected").toMap());
      assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
      assertThat(held.stillHeld()).isTrue();
    }

    assertThat(writes.running(busyId)).isZero();
    Api.Response after = busy.post("/api/v1/works", sample("Now There Is Room").toMap());
    assertThat(after.status()).as(after.body()).isEqualTo(201);
  }

  @Test
  void refusedAndFailedWritesGiveTheirPlaceBack() {
    Api writer = api.as(api.signUpAndToken(Api.unique("giver")));
    long id = writer.get("/api/v1/me").json().path("id").asLong();
    Map<String, Object> invalid = sample("Invalid").without("rating").toMap();
    for (int i = 0; i < 5; i++) {
      assertThat(writer.post("/api/v1/works", invalid).status()).isEqualTo(422);
    }
    assertThat(writes.running(id)).isZero();
    assertThat(writer.post("/api/v1/works", sample("Valid").toMap()).status()).isEqualTo(201);

    assertThat(writes.running(id)).isZero();
  }

  private HttpResponse<byte[]> importAs(String token) {
    BinaryClient client = new BinaryClient(baseUrl());
    byte[] text = "A Title\n\nSome imported text.\n".getBytes(StandardCharsets.UTF_8);
    return client.postMultipart(
        "/api/v1/imports",
        Map.of(),
        List.of(new BinaryClient.FilePart("file", "work.txt", "text/plain", text)),
        "Accept",
        "application/json",
        "Authorization",
        "Bearer " + token);
  }

  /** Threads that each hold one of the account's places until closed. */
  private Held hold(long accountId, int places) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(places);
    CountDownLatch entered = new CountDownLatch(places);
    CountDownLatch release = new CountDownLatch(1);
    List<Future<?>> holders =
        java.util.stream.IntStream.range(0, places)
            .<Future<?>>mapToObj(
                i ->
                    pool.submit(
                        () -> {
                          try (ConcurrentWrites.Permit permit = writes.enter(accountId)) {
                            entered.countDown();
                            release.await();
                          }
                          return null;
                        }))
            .toList();
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    return new Held(pool, release, holders);
  }

  private record Held(ExecutorService pool, CountDownLatch release, List<Future<?>> holders)
      implements AutoCloseable {
    boolean stillHeld() {
      return holders.stream().noneMatch(Future::isDone);
    }

    @Override
    public void close() throws Exception {
      release.countDown();
      for (Future<?> holder : holders) {
        holder.get(10, TimeUnit.SECONDS);
      }
      pool.shutdown();
    }
  }
}
