package org.quire.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A full rebuild of the search index through the admin API ({@code POST
 * /api/v1/admin/search-index/rebuild}), waited for by polling its status until a new {@code
 * lastRebuild} appears. The status is read defensively: besides the works rebuild, any other part
 * of it that reports a count and seconds (a chapter-text index, say) is reported as a rate of its
 * own.
 */
final class IndexRebuild {
  private static final String STATUS = "/api/v1/admin/search-index";

  /** Works indexed per second, and any other rates the status reported (name to value). */
  record Result(long works, double seconds, double worksPerSecond, Map<String, Double> extras) {}

  private IndexRebuild() {}

  static Result run(Http http, String adminToken) throws InterruptedException {
    String before =
        http.get(STATUS, adminToken)
            .expect(200, "Index status")
            .json()
            .path("lastRebuild")
            .path("finishedAt")
            .asString("");
    http.send("POST", STATUS + "/rebuild", null, adminToken).expect(202, "Index rebuild");
    long deadline = System.nanoTime() + 6 * 3600 * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      Thread.sleep(250);
      JsonNode status = http.get(STATUS, adminToken).expect(200, "Index status").json();
      JsonNode last = status.path("lastRebuild");
      if (status.path("ready").asBoolean()
          && !last.isMissingNode()
          && !last.isNull()
          && !last.path("finishedAt").asString("").equals(before)) {
        long works = last.path("works").asLong();
        double seconds = last.path("seconds").asDouble();
        Map<String, Double> extras = new LinkedHashMap<>();
        collectRates(status, "index", extras);
        return new Result(works, seconds, works / Math.max(seconds, 1e-3), extras);
      }
    }
    throw new BenchFailure(1, "The index rebuild did not finish within 6 hours.");
  }

  /**
   * Every object in the status, other than the works rebuild itself, holding "seconds" and a count
   * (anything else numeric), becomes "{path}{Count}PerSec"; other numbers in {@code lastRebuild}
   * are reported as they are.
   */
  private static void collectRates(JsonNode node, String path, Map<String, Double> extras) {
    if (!node.isObject()) {
      return;
    }
    boolean works = path.equals("indexLastRebuild");
    if (node.path("seconds").isNumber()) {
      double seconds = node.path("seconds").asDouble();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        if (!field.getValue().isNumber()
            || name.equals("seconds")
            || (works && name.equals("works"))) {
          continue;
        }
        extras.put(path + capitalize(name), field.getValue().asDouble());
        extras.put(
            path + capitalize(name) + "PerSec",
            field.getValue().asDouble() / Math.max(seconds, 1e-3));
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      collectRates(field.getValue(), path + capitalize(field.getKey()), extras);
    }
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
