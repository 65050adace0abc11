package org.quire.listings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.listings.WorkFinder.Facet;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;

/** Turns a listing's tag counts into its facets: the most frequent tags of each type, named. */
final class FacetNaming {
  private final TagDirectory tags;

  FacetNaming(TagDirectory tags) {
    this.tags = tags;
  }

  /**
   * The most frequent tags of each type, with exact counts. A listing of a large archive carries
   * tens of thousands of freeforms; all of them would make every facets answer megabytes long, and
   * AO3's sidebar shows ten.
   */
  static final int FACETS_PER_TYPE = 100;

  Map<String, List<Facet>> name(TagCounts counts) {
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    WorkFinder.FACET_NAMES.values().forEach(name -> facets.put(name, new ArrayList<>()));
    // The fixed types are a handful of seeded tags, named without asking the database.
    Map<Long, TagRef> fixed = new HashMap<>();
    tags.fixedTags().forEach(tag -> fixed.put(tag.id(), tag));
    Set<Long> fixedSeen = new HashSet<>();
    List<String> open =
        WorkFinder.FACET_NAMES.entrySet().stream()
            .filter(e -> !e.getKey().fixed())
            .map(Map.Entry::getValue)
            .toList();
    // The others, most frequent first, named a batch at a time until every type has its share:
    // a broad listing counts hundreds of thousands of tags, and naming (or even sorting) them all
    // cost more than the search. The first look is at the most frequent few thousand, which
    // nearly always hold every type's share; a wider one follows only when they do not.
    int done = 0;
    naming:
    for (int look = FIRST_LOOK; ; look *= 8) {
      int[] order = counts.largest(look);
      boolean all = order.length < look; // every tag counted above 0 is in this look
      for (int from = done; from < order.length; from += NAMING_BATCH) {
        int to = Math.min(order.length, from + NAMING_BATCH);
        List<Long> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
          long id = counts.tagId(order[i]);
          TagRef fixedTag = fixed.get(id);
          if (fixedTag != null) {
            fixedSeen.add(id);
            add(facets, fixedTag, counts.count(order[i]));
          } else {
            batch.add(id);
          }
        }
        Map<Long, TagRef> named = tags.byIds(batch);
        for (int i = from; i < to; i++) {
          TagRef tag = named.get(counts.tagId(order[i]));
          if (tag != null) {
            add(facets, tag, counts.count(order[i]));
          }
        }
        // The most works a tag still to come can have (beyond this look, no more than its last).
        long next =
            to < order.length ? counts.count(order[to]) : all ? -1 : counts.count(order[to - 1]);
        done = to;
        if (open.stream().allMatch(type -> complete(facets.get(type), next))) {
          break naming;
        }
      }
      if (all) {
        break;
      }
    }
    for (TagRef tag : fixed.values()) {
      int count = fixedSeen.contains(tag.id()) ? 0 : counts.countOf(tag.id());
      if (count > 0) {
        add(facets, tag, count);
      }
    }
    facets.replaceAll((name, list) -> mostFrequent(list));
    return facets;
  }

  private static void add(Map<String, List<Facet>> facets, TagRef tag, long count) {
    facets.get(WorkFinder.FACET_NAMES.get(tag.type())).add(new Facet(tag.name(), count));
  }

  private static final int NAMING_BATCH = 1_000;
  private static final int FIRST_LOOK = 4_096;

  /** Whether no tag still to come (the next has {@code next} works) could enter this type's top. */
  private static boolean complete(List<Facet> found, long next) {
    return found.size() >= FACETS_PER_TYPE && next < found.get(FACETS_PER_TYPE - 1).count();
  }

  /**
   * The {@link #FACETS_PER_TYPE} most frequent, ties by name. Only the values at or above the count
   * of the last one shown are sorted: a broad listing has tens of thousands.
   */
  private static List<Facet> mostFrequent(List<Facet> all) {
    List<Facet> candidates = all;
    if (all.size() > FACETS_PER_TYPE) {
      long[] counts = all.stream().mapToLong(Facet::count).sorted().toArray();
      long threshold = counts[counts.length - FACETS_PER_TYPE];
      candidates = all.stream().filter(f -> f.count() >= threshold).toList();
    }
    return candidates.stream()
        .sorted(
            Comparator.comparingLong(Facet::count)
                .reversed()
                .thenComparing(Facet::tag, String.CASE_INSENSITIVE_ORDER))
        .limit(FACETS_PER_TYPE)
        .toList();
  }
}
