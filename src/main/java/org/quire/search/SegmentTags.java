package org.quire.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A segment's filter tags, document by document, in two plain arrays (the segment's ordinals of
 * document d are {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]}), and how many of its
 * documents carry each tag. Facet counting reads these instead of the doc values: decoding those
 * cost about fifteen nanoseconds a value, most of a broad listing's time, and an array read is a
 * few. Tag ordinals never change in a segment (only counters are updated in place), so both are
 * kept for as long as the segment's core lives; they take about four bytes per tag of every work.
 */
final class SegmentTags {
  // Weak keys: a segment merged away takes its arrays with it; the weight bounds the rest.
  private static final Cache<Object, SegmentTags> BY_CORE =
      Caffeine.newBuilder()
          .weakKeys()
          .maximumWeight(64L << 20) // ints: 256 MB, about 2.5 million works' tags
          .weigher((Object core, SegmentTags tags) -> tags.weight())
          .build();

  final int[] starts;
  final int[] ords;
  final int[] wholeCounts;

  private SegmentTags(int[] starts, int[] ords, int[] wholeCounts) {
    this.starts = starts;
    this.ords = ords;
    this.wholeCounts = wholeCounts;
  }

  /** This segment's tags; do not change the arrays. */
  static SegmentTags of(LeafReader segment) {
    var helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return read(segment);
    }
    return BY_CORE.get(helper.getKey(), key -> read(segment));
  }

  private int weight() {
    return starts.length + ords.length + wholeCounts.length;
  }

  private static SegmentTags read(LeafReader segment) {
    try {
      int maxDoc = segment.maxDoc();
      SortedSetDocValues tags = DocValues.getSortedSet(segment, IndexFields.FILTER_TAG);
      int[] starts = new int[maxDoc + 1];
      int[] ords = new int[Math.max(16, maxDoc * 16)];
      int[] counts = new int[Math.toIntExact(tags.getValueCount())];
      int n = 0;
      int next = 0; // documents before this one have their starts set
      for (int doc = tags.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = tags.nextDoc()) {
        while (next <= doc) {
          starts[next++] = n;
        }
        int count = tags.docValueCount();
        if (n + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + ords.length / 2));
        }
        for (int i = 0; i < count; i++) {
          int ord = (int) tags.nextOrd();
          ords[n++] = ord;
          counts[ord]++;
        }
      }
      while (next <= maxDoc) {
        starts[next++] = n;
      }
      return new SegmentTags(starts, Arrays.copyOf(ords, n), counts);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a segment's tags failed", e);
    }
  }
}
