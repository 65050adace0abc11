package org.quire.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * How many of a segment's documents, deleted ones included, carry each filter tag (by segment
 * ordinal). A broad listing's facets are then counted as these minus the documents it does not
 * match, which are fewer than those it does. Tag ordinals never change in a segment (only counters
 * are updated in place), so the counts are kept for as long as the segment's core lives.
 */
final class SegmentTagCounts {
  // Weak keys: a segment merged away takes its counts with it; the weight bounds the rest.
  private static final Cache<Object, int[]> BY_CORE =
      Caffeine.newBuilder()
          .weakKeys()
          .maximumWeight(16L << 20) // ints: 64 MB
          .weigher((Object core, int[] counts) -> counts.length)
          .build();

  private SegmentTagCounts() {}

  /** The counts of this segment's every document; do not change the array. */
  static int[] of(LeafReader segment) {
    var helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return count(segment);
    }
    return BY_CORE.get(helper.getKey(), key -> count(segment));
  }

  private static int[] count(LeafReader segment) {
    try {
      SortedSetDocValues tags = DocValues.getSortedSet(segment, IndexFields.FILTER_TAG);
      int[] counts = new int[Math.toIntExact(tags.getValueCount())];
      for (int doc = tags.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = tags.nextDoc()) {
        for (int i = tags.docValueCount(); i > 0; i--) {
          counts[(int) tags.nextOrd()]++;
        }
      }
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException("Counting a segment's tags failed", e);
    }
  }
}
