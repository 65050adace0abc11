package org.quire.bench;

import tools.jackson.databind.JsonNode;

/**
 * A full rebuild of the search index through the admin API ({@code POST
 * /api/v1/admin/search-index/rebuild}), waited for by polling its status. A rebuild has two passes:
 * everything listings need, after which listings are answered by the index again (the rate the
 * issue's target is about), then the chapter text for {@code text=} searches. Both are waited for,
 * so that nothing else runs while listings are measured.
 */
final class IndexRebuild {
  private static final String STATUS = "/api/v1/admin/search-index";

  /**
   * @param seconds the first pass, until listings are answered by the index
   * @param textSeconds the text pass after it
   */
  record Result(long works, double seconds, double textSeconds) {
    double worksPerSecond() {
      return works / Math.max(seconds, 1e-3);
    }

    double textWorksPerSecond() {
      return works / Math.max(textSeconds, 1e-3);
    }
  }

  private IndexRebuild() {}

  /** Whether the index answers listings and text searches as it is. */
  static boolean complete(Http http, String adminToken) {
    JsonNode status = http.get(STATUS, adminToken).expect(200, "Index status").json();
    return status.path("ready").asBoolean() && status.path("textReady").asBoolean();
  }

  /**
   * @param text whether the chapter-text index is rebuilt too, or kept
   */
  static Result run(Http http, String adminToken, boolean text) throws InterruptedException {
    String before =
        http.get(STATUS, adminToken)
            .expect(200, "Index status")
            .json()
            .path("lastRebuild")
            .path("finishedAt")
            .asString("");
    http.send("POST", STATUS + "/rebuild?text=" + text, null, adminToken)
        .expect(202, "Index rebuild");
    long deadline = System.nanoTime() + 6 * 3600 * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      Thread.sleep(250);
      JsonNode status = http.get(STATUS, adminToken).expect(200, "Index status").json();
      JsonNode last = status.path("lastRebuild");
      if (status.path("ready").asBoolean()
          && status.path("textReady").asBoolean()
          && last.path("textSeconds").isNumber()
          && !last.path("finishedAt").asString("").equals(before)) {
        return new Result(
            last.path("works").asLong(),
            last.path("seconds").asDouble(),
            last.path("textSeconds").asDouble());
      }
    }
    throw new BenchFailure(1, "The index rebuild did not finish within 6 hours.");
  }

  /**
   * Waits (at most {@code maxSeconds}) until neither index merges segments in the background: a
   * rebuild leaves merges running for minutes, which on two cores take one from the listings.
   *
   * @return the seconds waited
   */
  static double settle(Http http, String adminToken, double maxSeconds)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + (long) (maxSeconds * 1e9);
    while (System.nanoTime() < deadline
        && http.get(STATUS, adminToken)
            .expect(200, "Index status")
            .json()
            .path("merging")
            .asBoolean()) {
      Thread.sleep(500);
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
