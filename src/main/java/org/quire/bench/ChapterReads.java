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
 * time after a warm-up that lasts until the rate is steady. Only 200 answers count; anything else
 * is an error.
 */
final class ChapterReads {
  /** Reads per second over the measured time, and what was read. */
  record Result(
      double perSecond,
      long reads,
      long errors,
      double seconds,
      int works,
      int chapters,
      double warmUpSeconds) {}

  /** Warm-up windows: the rate is steady when one differs from the last by at most a tenth. */
  private static final long WINDOW_MILLIS = 5_000;

  private static final double MAX_WARM_UP_SECONDS = 120;

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
    // The page's code is compiled in steps for tens of seconds: a reader of an archive that has
    // served for a while meets the compiled one, so only a steady rate is measured.
    double minWarmUp = Math.min(10, seconds / 2);
    long begin = System.nanoTime();
    AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
    AtomicLong end = new AtomicLong(Long.MAX_VALUE);
    AtomicLong answered = new AtomicLong();
    AtomicLong reads = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> read(http, pages, measureFrom, end, answered, reads, errors, firstError)));
    }
    double warmUp = warmUp(answered, errors, begin, minWarmUp);
    long from = System.nanoTime();
    end.set(from + (long) (seconds * 1e9));
    measureFrom.set(from);
    for (Thread t : threads) {
      t.join();
    }
    if (errors.get() > 0) {
      throw new BenchFailure(
          1, errors.get() + " chapter reads failed; the first: " + firstError.get());
    }
    return new Result(reads.get() / seconds, reads.get(), 0, seconds, works, pages.size(), warmUp);
  }

  /** Waits until the rate of answers is steady (or an error stops the readers); the seconds. */
  private static double warmUp(AtomicLong answered, AtomicLong errors, long begin, double minimum)
      throws InterruptedException {
    long last = answered.get();
    double lastRate = -1;
    while (errors.get() == 0) {
      Thread.sleep(WINDOW_MILLIS);
      long now = answered.get();
      double rate = (now - last) * 1000.0 / WINDOW_MILLIS;
      last = now;
      double elapsed = (System.nanoTime() - begin) / 1e9;
      boolean steady = lastRate > 0 && Math.abs(rate - lastRate) <= lastRate / 10;
      if ((steady && elapsed >= minimum) || elapsed >= MAX_WARM_UP_SECONDS) {
        break;
      }
      lastRate = rate;
    }
    return (System.nanoTime() - begin) / 1e9;
  }

  private static void read(
      Http http,
      List<String> pages,
      AtomicLong measureFrom,
      AtomicLong end,
      AtomicLong answered,
      AtomicLong reads,
      AtomicLong errors,
      AtomicReference<String> firstError) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    try (PlainConnection connection = new PlainConnection(http.port)) {
      while (System.nanoTime() < end.get() && errors.get() == 0) {
        String page = pages.get(random.nextInt(pages.size()));
        try {
          int status = connection.get(page);
          long now = System.nanoTime();
          boolean counted = now >= measureFrom.get() && now < end.get();
          if (status == 200) {
            answered.incrementAndGet();
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
