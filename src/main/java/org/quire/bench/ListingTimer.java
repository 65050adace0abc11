package org.quire.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.quire.listings.ListingBaseline;
import org.quire.listings.ListingQuery;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Times the query mix, one listing at a time: over HTTP ({@code GET /api/v1/works}, the whole JSON
 * response read) as a guest, and through the SQL baseline in this JVM (parsing, name resolution and
 * PostgreSQL's count, page and facets; no HTTP and no JSON, which flatters the baseline).
 */
final class ListingTimer {
  private ListingTimer() {}

  /**
   * A pass over HTTP: its latencies, the largest response in characters, and its slowest listings
   * ("12.3 ms /api/v1/works?…", slowest first) for a profile to start from.
   */
  record Pass(
      Latencies latencies, long largestResponse, List<String> slowest, GcPauses.Seen pauses) {}

  private static final int SLOWEST = 5;

  static Pass http(Http http, List<Map<String, List<String>>> mix, boolean facets) {
    double[] millis = new double[mix.size()];
    String[] paths = new String[mix.size()];
    long largest = 0;
    GcPauses.Seen pauses;
    try (GcPauses gc = GcPauses.watch()) {
      for (int i = 0; i < mix.size(); i++) {
        Map<String, List<String>> q = facets ? QueryMix.withFacets(mix.get(i)) : mix.get(i);
        String path = "/api/v1/works" + Http.query(q);
        long start = System.nanoTime();
        Http.Response response = http.get(path, null);
        millis[i] = (System.nanoTime() - start) / 1e6;
        paths[i] = path;
        response.expect(200, "GET " + path);
        largest = Math.max(largest, response.body().length());
      }
      pauses = gc.seen();
    }
    List<String> slowest =
        IntStream.range(0, millis.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> millis[i]).reversed())
            .limit(SLOWEST)
            .map(i -> String.format(Locale.ROOT, "%.1f ms %s", millis[i], paths[i]))
            .toList();
    return new Pass(Latencies.of(millis), largest, slowest, pauses);
  }

  static double[] sql(
      ListingBaseline baseline, List<Map<String, List<String>>> mix, boolean facets) {
    double[] millis = new double[mix.size()];
    for (int i = 0; i < mix.size(); i++) {
      Map<String, List<String>> q = facets ? QueryMix.withFacets(mix.get(i)) : mix.get(i);
      long start = System.nanoTime();
      baseline.find(parse(q));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return millis;
  }

  static ListingQuery parse(Map<String, List<String>> q) {
    LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    q.forEach(params::put);
    return ListingQuery.parse(params, Instant.now());
  }
}
