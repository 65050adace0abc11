package org.quire.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random choices for generated test data, repeatable from the seed of the given random. */
public final class Picks {
  private Picks() {}

  public static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Between {@code min} and {@code max} distinct values, in random order. */
  public static List<String> some(Random random, List<String> values, int min, int max) {
    List<String> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy.subList(0, min + random.nextInt(max - min + 1));
  }
}
