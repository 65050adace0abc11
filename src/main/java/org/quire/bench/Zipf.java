package org.quire.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks 0..n-1 drawn with probability proportional to {@code 1 / (rank + 1)^s}: a few very popular
 * items and a long tail, as fandoms, tags and prolific writers are on AO3. Immutable, so one
 * sampler can be shared.
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double s) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
    cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += Math.pow(k + 1, -s);
      cumulative[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
  }

  /** The share of draws that land on this rank. */
  double probability(int rank) {
    return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
  }

  int sample(SplittableRandom rng) {
    int at = Arrays.binarySearch(cumulative, rng.nextDouble());
    int rank = at >= 0 ? at + 1 : -at - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
