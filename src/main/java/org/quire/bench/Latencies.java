package org.quire.bench;

import java.util.Arrays;

/** Timings of one pass over the query mix, in milliseconds. */
record Latencies(int count, double p50, double p99, double max, double mean) {

  static Latencies of(double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double m : sorted) {
      sum += m;
    }
    return new Latencies(
        sorted.length,
        rank(sorted, 0.50),
        rank(sorted, 0.99),
        sorted[sorted.length - 1],
        sum / sorted.length);
  }

  /** The nearest-rank percentile: the smallest value with at least this share at or below it. */
  private static double rank(double[] sorted, double share) {
    int index = (int) Math.ceil(share * sorted.length) - 1;
    return sorted[Math.clamp(index, 0, sorted.length - 1)];
  }
}
