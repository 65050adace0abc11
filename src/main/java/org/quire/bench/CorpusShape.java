package org.quire.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus's vocabulary, fixed by the number of works and the seed: how many fandoms, characters,
 * relationships, additional tags and creators there are, how popular each is, and how they are
 * wrangled. Tags are numbered by an offset (fandoms, then characters, relationships, additional
 * tags) that the loader turns into ids and {@link Names} into names. Small: a few arrays per
 * fandom.
 */
final class CorpusShape {
  static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  final long seed;
  final int works;
  final int fandoms;
  final int characters;
  final int relationships;
  final int freeforms;
  final int creators;
  final Zipf fandomZipf;
  final Zipf freeformZipf;
  final Zipf creatorZipf;
  private final int[] characterStart;
  private final int[] relationshipStart;
  private final Map<Integer, Zipf> characterZipfs = new HashMap<>();
  private final Map<Integer, Zipf> relationshipZipfs = new HashMap<>();

  CorpusShape(int works, long seed) {
    this.works = works;
    this.seed = seed;
    this.fandoms = Math.max(10, Math.round(works / 50f));
    this.fandomZipf = new Zipf(fandoms, 0.9);
    this.characterStart = new int[fandoms + 1];
    this.relationshipStart = new int[fandoms + 1];
    for (int r = 0; r < fandoms; r++) {
      // A crossover adds about 6% more fandom taggings than there are works.
      double expected = works * 1.06 * fandomZipf.probability(r);
      int c = (int) Math.clamp(Math.round(4 + 1.2 * Math.sqrt(expected)), 4, 300);
      int pairs = c * (c - 1) / 2;
      int rel = (int) Math.clamp(Math.round(2 + Math.sqrt(expected)), 2, Math.min(250, pairs));
      characterStart[r + 1] = characterStart[r] + c;
      relationshipStart[r + 1] = relationshipStart[r] + rel;
      characterZipfs.computeIfAbsent(c, n -> new Zipf(n, 1.0));
      relationshipZipfs.computeIfAbsent(rel, n -> new Zipf(n, 1.1));
    }
    this.characters = characterStart[fandoms];
    this.relationships = relationshipStart[fandoms];
    this.freeforms = Math.max(Words.COMMON_FREEFORMS.length + 100, works / 4);
    this.freeformZipf = new Zipf(freeforms, 0.8);
    this.creators = Math.clamp(works / 10, 20, 5000);
    this.creatorZipf = new Zipf(creators, 0.6);
  }

  int characterCount(int fandom) {
    return characterStart[fandom + 1] - characterStart[fandom];
  }

  int relationshipCount(int fandom) {
    return relationshipStart[fandom + 1] - relationshipStart[fandom];
  }

  /** The global index of a fandom's character of this local rank. */
  int character(int fandom, int rank) {
    return characterStart[fandom] + rank;
  }

  int relationship(int fandom, int rank) {
    return relationshipStart[fandom] + rank;
  }

  Zipf characterZipf(int fandom) {
    return characterZipfs.get(characterCount(fandom));
  }

  Zipf relationshipZipf(int fandom) {
    return relationshipZipfs.get(relationshipCount(fandom));
  }

  int fandomOfCharacter(int k) {
    return owner(characterStart, k);
  }

  int fandomOfRelationship(int j) {
    return owner(relationshipStart, j);
  }

  /** The two characters (global indexes) of a relationship: pairs of popular characters first. */
  int[] pair(int j) {
    int fandom = fandomOfRelationship(j);
    int local = j - relationshipStart[fandom];
    int b = (int) Math.floor((1 + Math.sqrt(1 + 8.0 * local)) / 2);
    while (b * (b - 1) / 2 > local) {
      b--;
    }
    while ((b + 1) * b / 2 <= local) {
      b++;
    }
    int a = local - b * (b - 1) / 2;
    return new int[] {character(fandom, a), character(fandom, b)};
  }

  private static int owner(int[] starts, int index) {
    int at = Arrays.binarySearch(starts, index);
    if (at >= 0) {
      // Several fandoms may share a start only if one were empty; none are.
      return at;
    }
    return -at - 2;
  }

  // Tag offsets: fandoms, characters, relationships, additional tags.

  int tagCount() {
    return fandoms + characters + relationships + freeforms;
  }

  int fandomTag(int r) {
    return r;
  }

  int characterTag(int k) {
    return fandoms + k;
  }

  int relationshipTag(int j) {
    return fandoms + characters + j;
  }

  int freeformTag(int f) {
    return fandoms + characters + relationships + f;
  }

  /** The common additional tags are canonical; of the rest most are, some never wrangled. */
  boolean freeformCanonical(int f) {
    return f < Words.COMMON_FREEFORMS.length || Rng.unit(seed, Rng.TAGS, f) < 0.62;
  }

  /** The canonical additional tag this one is a synonym of, or -1. About one in eight are. */
  int freeformSynonymOf(int f) {
    if (f < Words.COMMON_FREEFORMS.length || Rng.unit(seed, Rng.TAGS, f) < 0.88) {
      return -1;
    }
    return (int) (Rng.unit(seed, Rng.TAGS + 100, f) * 60);
  }

  /**
   * Metatag relations as tag offsets ({meta, sub}): the common additional tags' own (Fluff over
   * Domestic Fluff…) and about one fandom in fifty under one of the ten most popular fandoms (as a
   * franchise is over its films).
   */
  List<int[]> metaTags() {
    List<int[]> pairs = new ArrayList<>();
    List<String> common = Arrays.asList(Words.COMMON_FREEFORMS);
    for (String[] group : Words.COMMON_META) {
      int meta = common.indexOf(group[0]);
      for (int i = 1; i < group.length; i++) {
        int sub = common.indexOf(group[i]);
        if (meta < 0 || sub < 0) {
          throw new IllegalStateException("Unknown common tag in " + Arrays.toString(group));
        }
        pairs.add(new int[] {freeformTag(meta), freeformTag(sub)});
      }
    }
    for (int r = 50; r < fandoms; r++) {
      if (Rng.unit(seed, Rng.TAGS + 200, r) < 0.02) {
        int meta = (int) (Rng.unit(seed, Rng.TAGS + 300, r) * 10);
        pairs.add(new int[] {fandomTag(meta), fandomTag(r)});
      }
    }
    return pairs;
  }
}
