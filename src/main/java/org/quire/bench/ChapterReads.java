package org.quire.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * Readers on chapter pages: concurrent guests (virtual threads, each on its own keep-alive
 * connection and keeping its cookies as a browser would, see {@link PlainConnection}) reading
 * random chapters of the 200 most-kudosed public works past the adult-content gate, for a fixed
 * time after a warm-up of half that time (at most 10 s). Only 200 answers count; anything else is
 * an error.
 */
final class ChapterReads {
  /** Reads per second over the measured time, and what was read. */
  record Result(
      double perSecond, long reads, long errors, double seconds, int works, int chapters) {}

  private ChapterReads() {}

  static Result run(Http http, int readers, double seconds) throws InterruptedException {
    List<String> pages = new ArrayList<>();
    int works = 0;
    for (int page = 1; page <= 2; page++) {
      JsonNode list =
          http.get("/api/v1/works?sort=kudos&perPage=100&page=" + page, null)
              .expect(200, "The most-kudosed works")
              .json();
      for (JsonNode work : list.path("items")) {
        works++;
        for (JsonNode chapter : work.path("chapters")) {
          pages.add(
              "/works/"
                  + work.path("id").asLong()
                  + "/chapters/"
                  + chapter.path("position").asInt()
                  + "?view_adult=true");
        }
      }
    }
    if (pages.isEmpty()) {
      throw new BenchFailure(1, "No public works to read.");
    }
    // Long enough for the page's code to be compiled before it is measured.
    double warmUp = Math.min(10, seconds / 2);
    long begin = System.nanoTime();
    long measureFrom = begin + (long) (warmUp * 1e9);
    long end = measureFrom + (long) (seconds * 1e9);
    AtomicLong reads = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      threads.add(
          Thread.ofVirtual()
              .start(() -> read(http, pages, measureFrom, end, reads, errors, firstError)));
    }
    for (Thread t : threads) {
      t.join();
    }
    if (errors.get() > 0) {
      throw new BenchFailure(
          1, errors.get() + " chapter reads failed; the first: " + firstError.get());
    }
    return new Result(reads.get() / seconds, reads.get(), 0, seconds, works, pages.size());
  }

  private static void read(
      Http http,
      List<String> pages,
      long measureFrom,
      long end,
      AtomicLong reads,
      AtomicLong errors,
      AtomicReference<String> firstError) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    try (PlainConnection connection = new PlainConnection(http.port)) {
      while (System.nanoTime() < end) {
        String page = pages.get(random.nextInt(pages.size()));
        try {
          int status = connection.get(page);
          boolean counted = System.nanoTime() >= measureFrom && System.nanoTime() < end;
          if (status == 200) {
            if (counted) {
              reads.incrementAndGet();
            }
          } else {
            errors.incrementAndGet();
            firstError.compareAndSet(null, page + " answered " + status);
          }
        } catch (IOException | RuntimeException e) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, page + ": " + e);
          connection.close();
        }
      }
    } catch (IOException e) {
      errors.incrementAndGet();
      firstError.compareAndSet(null, "closing a connection: " + e);
    }
  }
}
