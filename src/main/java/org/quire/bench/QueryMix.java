package org.quire.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Listings as readers ask for them, with real tag names from the corpus: browsing a fandom (mostly
 * popular ones, some rare), a fandom narrowed to its characters or relationships, one to three
 * additional tags, or everything; excluding up to four tags, most often warnings; a rating,
 * completion or a word range now and then; every sort key in both orders; pages 1 to 5. Built once
 * per seed as parameter maps, so the index and the SQL baseline answer the same listings in the
 * same order.
 */
final class QueryMix {
  static final String[] SORTS = {
    "updated",
    "posted",
    "kudos",
    "hits",
    "bookmarks",
    "comments",
    "words",
    "title",
    "creator",
    "relevance"
  };
  private static final String[] EXCLUDED_WARNINGS = {
    "Major Character Death", "Rape/Non-Con", "Underage Sex", "Graphic Depictions Of Violence"
  };
  private static final String[] WORD_RANGES = {
    "<1000", "1000-5000", "5000-20000", ">10000", "20000-100000", ">100000", "<5000"
  };
  private static final double[] RATING_SHARES = {3, 10, 12, 7, 9};

  private final CorpusShape shape;
  private final Names names;

  QueryMix(CorpusShape shape) {
    this.shape = shape;
    this.names = new Names(shape);
  }

  List<Map<String, List<String>>> build(int count) {
    List<Map<String, List<String>>> mix = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      mix.add(query(Rng.of(shape.seed, Rng.QUERIES, i)));
    }
    return mix;
  }

  private Map<String, List<String>> query(SplittableRandom rng) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    int kind = rng.nextInt(100);
    int fandom = fandom(rng);
    if (kind < 30) {
      add(q, "tag", names.fandom(fandom));
    } else if (kind < 55) {
      add(q, "tag", names.fandom(fandom));
      for (int n = 1 + rng.nextInt(2); n > 0; n--) {
        add(q, "include", rng.nextBoolean() ? character(rng, fandom) : relationship(rng, fandom));
      }
    } else if (kind < 75) {
      for (int n = 1 + rng.nextInt(3); n > 0; n--) {
        add(q, "include", freeform(rng));
      }
    } else if (kind < 85) {
      add(q, "tag", freeform(rng));
    }
    // else: every work, narrowed by the filters below only.
    if (rng.nextInt(100) >= 45) {
      for (int n = 1 + rng.nextInt(4); n > 0; n--) {
        int what = rng.nextInt(100);
        String tag =
            what < 70
                ? EXCLUDED_WARNINGS[rng.nextInt(EXCLUDED_WARNINGS.length)]
                : what < 85 ? freeform(rng) : "Explicit";
        if (!q.getOrDefault("exclude", List.of()).contains(tag)) {
          add(q, "exclude", tag);
        }
      }
    }
    if (rng.nextInt(100) < 25) {
      add(q, "rating", WorkSpec.RATINGS[Rng.weighted(rng, RATING_SHARES)]);
    }
    int complete = rng.nextInt(100);
    if (complete < 25) {
      add(q, "complete", complete < 20 ? "true" : "false");
    }
    if (rng.nextInt(100) < 25) {
      add(q, "words", WORD_RANGES[rng.nextInt(WORD_RANGES.length)]);
    }
    String sort = SORTS[rng.nextInt(SORTS.length)];
    add(q, "sort", sort);
    if (rng.nextInt(100) < 35) {
      boolean ascendingByDefault = sort.equals("title") || sort.equals("creator");
      add(q, "order", ascendingByDefault ? "desc" : "asc");
    }
    if (rng.nextInt(100) >= 55) {
      add(q, "page", Integer.toString(2 + rng.nextInt(4)));
    }
    return q;
  }

  /** Mostly as popular as works make them; one in four from anywhere in the long tail. */
  private int fandom(SplittableRandom rng) {
    return rng.nextInt(100) < 75 ? shape.fandomZipf.sample(rng) : rng.nextInt(shape.fandoms);
  }

  private String character(SplittableRandom rng, int fandom) {
    return names.character(shape.character(fandom, shape.characterZipf(fandom).sample(rng)));
  }

  private String relationship(SplittableRandom rng, int fandom) {
    return names.relationship(
        shape.relationship(fandom, shape.relationshipZipf(fandom).sample(rng)));
  }

  private String freeform(SplittableRandom rng) {
    return names.freeform(
        rng.nextInt(100) < 85 ? shape.freeformZipf.sample(rng) : rng.nextInt(shape.freeforms));
  }

  private static void add(Map<String, List<String>> q, String name, String value) {
    q.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /** The same listing asking for facets too. */
  static Map<String, List<String>> withFacets(Map<String, List<String>> query) {
    Map<String, List<String>> q = new LinkedHashMap<>(query);
    q.put("facets", List.of("true"));
    return q;
  }
}
