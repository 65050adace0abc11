package org.quire.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Building download files is bounded: while every build place is taken a new build waits a little,
 * then answers 503 with Retry-After; two requests for the same new file build it once. A busy
 * archive is stood in for by taking every build place.
 */
class DownloadBoundsTest extends IntegrationTest {
  @Autowired DownloadBuilds builds;

  @Test
  void twoRequestsForTheSameNewFileBuildItOnceAndBothGetIt() throws Exception {
    long id = newWork("Built Once");
    BinaryClient guest = new BinaryClient(baseUrl());
    long before = builds.started();
    int taken = builds.takeAll();
    CompletableFuture<HttpResponse<byte[]>> first;
    CompletableFuture<HttpResponse<byte[]>> second;
    try {
      first = CompletableFuture.supplyAsync(() -> guest.get("/works/" + id + "/download.epub"));
      second = CompletableFuture.supplyAsync(() -> guest.get("/works/" + id + "/download.epub"));
      // One request waits for a build place, the other for that request's build.
      awaitTrue(() -> builds.queued() == 1 && builds.followers() == 1);
    } finally {
      builds.free(taken);
    }
    HttpResponse<byte[]> a = first.get();
    HttpResponse<byte[]> b = second.get();
    assertThat(a.statusCode()).isEqualTo(200);
    assertThat(b.statusCode()).isEqualTo(200);
    assertThat(b.body()).isEqualTo(a.body());
    assertThat(builds.started() - before).as("builds started").isEqualTo(1);
    Epubs.assertValid(a.body());
  }

  @Test
  void aBuildBeyondTheBoundIsA503WithRetryAfterAndCachedFilesStillServe() {
    long id = newWork("Waits Its Turn");
    BinaryClient guest = new BinaryClient(baseUrl());
    assertThat(guest.get("/works/" + id + "/download.html").statusCode()).isEqualTo(200);
    int taken = builds.takeAll();
    try {
      long started = System.nanoTime();
      HttpResponse<byte[]> busy = guest.get("/works/" + id + "/download.txt");
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).isPresent();
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as("the build waited its bounded wait, not longer")
          .isLessThan(Duration.ofSeconds(15));
      assertThat(guest.get("/works/" + id + "/download.html").statusCode())
          .as("a cached file needs no build")
          .isEqualTo(200);
    } finally {
      builds.free(taken);
    }
    assertThat(guest.get("/works/" + id + "/download.txt").statusCode()).isEqualTo(200);
  }

  private long newWork(String title) {
    Api writer = api.as(api.signUpAndToken(Api.unique("dl")));
    return WorkBuilder.sample(title).post(writer);
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
