package org.quire.search;

import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.search.CollectorManager;
import org.quire.listings.TagCounts;

/**
 * Exact facet counts: for every matching work, one increment per tag of its filter set, made by
 * segment ordinal in a segment-sized array, then added by global ordinal (the segment's ordinal
 * mapped through a plain array) into one array per slice, and turned into tag ids once at the end
 * ({@link TagOrdinals}). Every value of every type is counted over the whole result, not a sample
 * and not a top ten. A broad result (more than half a segment) is counted by what it leaves out
 * instead; a narrow one is added up, and its arrays cleared, through the tags it counted. Tags are
 * read from memory ({@link SegmentTags}); each slice is counted by a {@link FacetCounter}.
 */
final class FacetCounts implements CollectorManager<FacetCounter, TagCounts> {
  private final TagOrdinals ordinals;

  FacetCounts(TagOrdinals ordinals) {
    this.ordinals = ordinals;
  }

  @Override
  public FacetCounter newCollector() {
    return new FacetCounter(ordinals);
  }

  @Override
  public TagCounts reduce(Collection<FacetCounter> collectors) {
    if (collectors.isEmpty()) {
      return TagCounts.EMPTY;
    }
    boolean narrow = collectors.stream().allMatch(FacetCounter::narrow);
    long touched = collectors.stream().mapToLong(FacetCounter::touchedCount).sum();
    // Past an eighth of all tags, sorting them costs more than a pass over every one.
    return narrow && touched < ordinals.size() / 8
        ? reduceNarrow(collectors)
        : reduceWide(collectors);
  }

  /**
   * Adds the slices' counts through the tags each one counted, and copies them out: a narrow
   * listing's answer costs what it counted, not a pass over an array of every tag of the archive.
   */
  private TagCounts reduceNarrow(Collection<FacetCounter> collectors) {
    int[] total = null;
    int[] counted = new int[0];
    int n = 0;
    for (FacetCounter c : collectors) {
      if (total == null) {
        total = c.counts;
        counted = c.touched();
        n = c.touchedCount();
        continue;
      }
      int[] touched = c.touched();
      for (int i = 0; i < c.touchedCount(); i++) {
        int g = touched[i];
        if (total[g] == 0) {
          if (n == counted.length) {
            counted = Arrays.copyOf(counted, Math.max(16, n * 2));
          }
          counted[n++] = g;
        }
        total[g] += c.counts[g];
        c.counts[g] = 0;
      }
      ordinals.giveBackZeroed(c.counts);
    }
    Arrays.sort(counted, 0, n); // tags in ordinal order, as the wide way gives them
    long[] tagIds = new long[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      int g = counted[i];
      tagIds[i] = ordinals.tagId(g);
      counts[i] = total[g];
      total[g] = 0;
    }
    ordinals.giveBackZeroed(total);
    return new TagCounts(tagIds, counts);
  }

  private TagCounts reduceWide(Collection<FacetCounter> collectors) {
    int[] total = null;
    for (FacetCounter c : collectors) {
      if (total == null) {
        total = c.counts;
      } else {
        for (int i = 0; i < total.length; i++) {
          total[i] += c.counts[i];
        }
        ordinals.giveBack(c.counts);
      }
    }
    int counted = 0;
    for (int count : total) {
      if (count > 0) {
        counted++;
      }
    }
    // A broad listing counts most tags: its array becomes the answer, zeros and all, beside the
    // shared ids. A narrow one's few tags are copied out and the array is used again.
    if (counted > total.length / 4) {
      return new TagCounts(ordinals.tagIds(), total, ordinals::giveBack);
    }
    long[] tagIds = new long[counted];
    int[] counts = new int[counted];
    int n = 0;
    for (int ord = 0; ord < total.length; ord++) {
      if (total[ord] > 0) {
        tagIds[n] = ordinals.tagId(ord);
        counts[n++] = total[ord];
      }
    }
    ordinals.giveBack(total);
    return new TagCounts(tagIds, counts);
  }
}
