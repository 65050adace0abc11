package org.quire.bench;

import java.util.SplittableRandom;

/**
 * Seeds for independent, reproducible random streams: one per work, per chapter, per query mix, so
 * that any work can be regenerated on its own (the verifier and the loader agree without sharing
 * state).
 */
final class Rng {
  static final int WORKS = 1;
  static final int CHAPTERS = 2;
  static final int QUERIES = 3;
  static final int TAGS = 4;

  private Rng() {}

  /** A random stream for item {@code index} of stream kind {@code stream}. */
  static SplittableRandom of(long seed, int stream, long index) {
    return new SplittableRandom(hash(seed, stream, index));
  }

  /** A well-mixed 64-bit hash of the three numbers. */
  static long hash(long seed, int stream, long index) {
    return mix(mix(seed * 0x9E3779B97F4A7C15L + stream) + index * 0xBF58476D1CE4E5B9L);
  }

  /** A uniform number in [0, 1) from a hash, for fixed per-item choices. */
  static double unit(long seed, int stream, long index) {
    return (hash(seed, stream, index) >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** A log-normal number with this median and shape. */
  static double logNormal(SplittableRandom rng, double median, double sigma) {
    return median * Math.exp(sigma * gaussian(rng));
  }

  /** A standard normal number (Box–Muller; one of the pair is enough here). */
  static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** Index of the weight chosen, with probability proportional to the weights. */
  static int weighted(SplittableRandom rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
