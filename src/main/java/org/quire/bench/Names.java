package org.quire.bench;

import java.util.Locale;

/**
 * Names for the corpus's tags and creators, each a pure function of its index, so that the loader,
 * the verifier and the query mix name the same tag the same way without a table in memory. Indexes
 * are scrambled before they pick their parts, so neighbours do not look alike. Names of different
 * types cannot meet: fandoms end in "(Medium)", relationships hold "/" or " & ", characters are a
 * first name and a surname, generated additional tags an adjective and a plural noun.
 */
final class Names {
  private final CorpusShape shape;

  Names(CorpusShape shape) {
    this.shape = shape;
  }

  String fandom(int r) {
    int surnames = Words.ROOTS.length * Words.ENDINGS.length;
    int size = surnames * Words.SERIES.length * Words.MEDIA.length;
    int x = scramble(r, size);
    String place = surname(x % surnames);
    x /= surnames;
    String series = Words.SERIES[x % Words.SERIES.length];
    x /= Words.SERIES.length;
    return place + " " + series + " (" + Words.MEDIA[x % Words.MEDIA.length] + ")";
  }

  String character(int k) {
    int surnames = Words.ROOTS.length * Words.ENDINGS.length;
    int size = Words.FIRST_NAMES.length * surnames;
    int x = scramble(k % size, size);
    String first = Words.FIRST_NAMES[x % Words.FIRST_NAMES.length];
    String last = surname(x / Words.FIRST_NAMES.length);
    int round = k / size;
    // Past every first-and-last combination, a middle initial tells namesakes apart.
    return round == 0 ? first + " " + last : first + " " + (char) ('A' + round - 1) + ". " + last;
  }

  String relationship(int j) {
    int[] pair = shape.pair(j);
    String between = Rng.unit(shape.seed, Rng.TAGS + 400, j) < 0.75 ? "/" : " & ";
    return character(pair[0]) + between + character(pair[1]);
  }

  String freeform(int f) {
    String[] common = Words.COMMON_FREEFORMS;
    if (f < common.length) {
      return common[f];
    }
    int g = f - common.length;
    int two = Words.ADJECTIVES.length * Words.NOUNS.length;
    int x = scramble(g % two, two);
    String name =
        Words.ADJECTIVES[x % Words.ADJECTIVES.length]
            + " "
            + Words.NOUNS[x / Words.ADJECTIVES.length];
    int round = g / two;
    return round == 0 ? name : name + " - " + Words.SETTINGS[(round - 1) % Words.SETTINGS.length];
  }

  /** The name of the tag at this offset (see {@link CorpusShape#tagCount()}). */
  String tag(int offset) {
    if (offset < shape.fandoms) {
      return fandom(offset);
    }
    offset -= shape.fandoms;
    if (offset < shape.characters) {
      return character(offset);
    }
    offset -= shape.characters;
    if (offset < shape.relationships) {
      return relationship(offset);
    }
    return freeform(offset - shape.relationships);
  }

  /** The tag's type as the tags table spells it. */
  String tagType(int offset) {
    if (offset < shape.fandoms) {
      return "Fandom";
    }
    if (offset < shape.fandoms + shape.characters) {
      return "Character";
    }
    return offset < shape.fandoms + shape.characters + shape.relationships
        ? "Relationship"
        : "Freeform";
  }

  /** Usernames are unique by their number; letters before it make them look like people's. */
  String username(int a) {
    int x = scramble(a % 10_000, 10_000);
    String adjective = Words.ADJECTIVES[x % Words.ADJECTIVES.length].toLowerCase(Locale.ROOT);
    String noun = Words.NOUNS[(x / 7) % Words.NOUNS.length].toLowerCase(Locale.ROOT);
    return adjective + "_" + noun + a;
  }

  private static String surname(int x) {
    String root = Words.ROOTS[x % Words.ROOTS.length];
    String ending = Words.ENDINGS[(x / Words.ROOTS.length) % Words.ENDINGS.length];
    return Character.toUpperCase(root.charAt(0)) + root.substring(1) + ending;
  }

  /** A bijection of [0, size): multiplication by a number coprime with the size. */
  private static int scramble(int index, int size) {
    long multiplier = 7_919;
    while (gcd(multiplier, size) != 1) {
      multiplier += 2;
    }
    return (int) ((index * multiplier + 12_345) % size);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
