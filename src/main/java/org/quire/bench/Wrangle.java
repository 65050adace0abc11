package org.quire.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Wrangling a popular tag, through the tags API as an admin: a canonical additional tag used by
 * about a tenth of the works gets a rare canonical additional tag as its metatag, so every one of
 * its works must now also be listed under the metatag. Measured from the API call until {@code GET
 * /api/v1/works?tag=<metatag>} counts them all. The change is undone afterwards (and waited for),
 * so the corpus stays as loaded.
 */
final class Wrangle {
  /** The tags wrangled, how many works moved, and the seconds until listings showed it. */
  record Result(String tag, String metaTag, long works, double seconds, double undoSeconds) {}

  private Wrangle() {}

  static Result run(Http http, String admin) throws InterruptedException {
    JsonNode all =
        http.get("/api/v1/works?facets=true&perPage=1", null).expect(200, "Facets").json();
    long total = all.path("total").asLong();
    List<JsonNode> freeforms = new ArrayList<>();
    all.path("facets").path("freeforms").forEach(freeforms::add);
    List<JsonNode> byDistance = new ArrayList<>(freeforms);
    byDistance.sort(
        Comparator.comparingDouble(f -> Math.abs(f.path("count").asLong() - total / 10.0)));
    String tag = pick(http, byDistance, null);
    List<JsonNode> rarestFirst = new ArrayList<>(freeforms);
    rarestFirst.sort(Comparator.comparingLong(f -> f.path("count").asLong()));
    String meta = pick(http, rarestFirst, tag);
    long tagWorks = total(http, "?tag=" + enc(tag));
    long metaBefore = total(http, "?tag=" + enc(meta));
    long expected = tagWorks + total(http, "?tag=" + enc(meta) + "&exclude=" + enc(tag));
    String path = "/api/v1/tags/" + Http.segment(tag);
    long start = System.nanoTime();
    http.send("PATCH", path, Map.of("addMetaTags", List.of(meta)), admin).expect(200, "Wrangling");
    waitFor(http, meta, expected);
    double seconds = (System.nanoTime() - start) / 1e9;
    long undo = System.nanoTime();
    http.send("PATCH", path, Map.of("removeMetaTags", List.of(meta)), admin)
        .expect(200, "Undoing the wrangling");
    waitFor(http, meta, metaBefore);
    return new Result(tag, meta, tagWorks, seconds, (System.nanoTime() - undo) / 1e9);
  }

  /**
   * The first canonical tag of the list with no metatags, subtags or synonym, other than {@code
   * not}.
   */
  private static String pick(
      Http http, List<JsonNode> facets, @org.jspecify.annotations.Nullable String not) {
    int looked = 0;
    for (JsonNode facet : facets) {
      String name = facet.path("tag").asString();
      if (name.equals(not) || looked++ > 200) {
        continue;
      }
      JsonNode t = http.get("/api/v1/tags/" + Http.segment(name), null).expect(200, "Tag").json();
      if (t.path("canonical").asBoolean()
          && t.path("metaTags").isEmpty()
          && t.path("subTags").isEmpty()
          && (t.path("synonymOf").isNull() || t.path("synonymOf").isMissingNode())) {
        return name;
      }
    }
    throw new BenchFailure(1, "No canonical additional tag without relations to wrangle.");
  }

  private static void waitFor(Http http, String tag, long total) throws InterruptedException {
    long deadline = System.nanoTime() + 3600 * 1_000_000_000L;
    long seen = -1;
    while (System.nanoTime() < deadline) {
      seen = total(http, "?tag=" + enc(tag));
      if (seen == total) {
        return;
      }
      Thread.sleep(20);
    }
    throw new BenchFailure(
        1,
        "Listings of "
            + tag
            + " still count "
            + seen
            + " works, not "
            + total
            + ", after an hour.");
  }

  private static long total(Http http, String query) {
    return http.get("/api/v1/works" + query + "&perPage=1", null)
        .expect(200, "Listing " + query)
        .json()
        .path("total")
        .asLong();
  }

  private static String enc(String value) {
    return Http.segment(value);
  }
}
