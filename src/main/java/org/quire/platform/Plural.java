package org.quire.platform;

import java.util.Locale;

/** Counts as people read them: "1 work", "2 works", "1,234 hits". */
public final class Plural {
  private Plural() {}

  /** {@code n} with the noun, adding "s" unless {@code n} is one. */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  /** {@code n} with the singular or the plural noun ("1 reply", "2 replies"). */
  public static String count(long n, String singular, String plural) {
    return String.format(Locale.ENGLISH, "%,d", n) + " " + (n == 1 ? singular : plural);
  }

  /** The noun alone, for a count shown elsewhere ("Works" vs "Work" in a heading). */
  public static String noun(long n, String singular) {
    return n == 1 ? singular : singular + "s";
  }
}
