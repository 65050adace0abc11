package org.quire.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Counts one slice of the index's facets (see {@link FacetCounts}): as a Lucene collector, or
 * segment by segment from a bit set of the matches ({@link #add}).
 */
final class FacetCounter implements Collector {
  private final TagOrdinals ordinals;
  final int[] counts;

  // The global ordinals counted, while every segment so far was narrow: the result is then read,
  // and the array zeroed, through them. Null once a segment was counted whole.
  private int @Nullable [] touched = new int[64];
  private int touchedCount;

  FacetCounter(TagOrdinals ordinals) {
    this.ordinals = ordinals;
    this.counts = ordinals.borrowCounts();
  }

  /** Whether only the tags in {@link #touched} have been counted. */
  boolean narrow() {
    return touched != null;
  }

  /** The counted tags' global ordinals, up to {@link #touchedCount}, when {@link #narrow}. */
  int[] touched() {
    return touched == null ? new int[0] : touched;
  }

  int touchedCount() {
    return touchedCount;
  }

  /** Adds a narrow segment's count of one tag, noting the tag when it is counted first. */
  private void addNarrow(int global, int count) {
    if (counts[global] == 0 && touched != null) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = global;
    }
    counts[global] += count;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    FixedBitSet matched = new FixedBitSet(context.reader().maxDoc());
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) {
        matched.set(doc);
      }

      @Override
      public void finish() throws IOException {
        add(context, matched, matched.cardinality());
      }
    };
  }

  /**
   * Counts the matched documents' tags ({@code matches} of them) into the global array: each
   * document's segment ordinals from {@link SegmentTags} are counted in a segment-sized array
   * first, then added to the global array once per tag through the segment's ordinal map (one
   * random access per tag of a document rather than two, the second into the archive-wide array).
   * When most of the segment matches, its tags are counted as the whole segment's less those of the
   * documents that do not match.
   */
  void add(LeafReaderContext context, FixedBitSet matched, int matches) {
    int maxDoc = context.reader().maxDoc();
    if (matches == 0) {
      return;
    }
    int[] global = ordinals.globalOrdinals(context.ord);
    SegmentTags segment = SegmentTags.of(context.reader());
    boolean inverted = matches > maxDoc / 2;
    int[] local = ordinals.borrowCounts();
    countDense(segment, matched, matches, local, inverted);
    if (inverted) {
      matched.flip(0, maxDoc); // now the documents not matched, deleted ones included
    }
    int[] starts = segment.starts;
    int[] ords = segment.ords;
    long increments = 0;
    BitSetIterator docs = new BitSetIterator(matched, 0);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      int end = starts[doc + 1];
      increments += end - starts[doc];
      for (int i = starts[doc]; i < end; i++) {
        local[ords[i]]++;
      }
    }
    if (!inverted && increments < global.length / 8) {
      addTouched(segment, matched, local, global);
      ordinals.giveBackZeroed(local);
      return;
    }
    touched = null;
    int[] whole = segment.wholeCounts;
    for (int ord = 0; ord < global.length; ord++) {
      int count = inverted ? whole[ord] - local[ord] : local[ord];
      if (count != 0) {
        counts[global[ord]] += count;
      }
      local[ord] = 0;
    }
    ordinals.giveBackZeroed(local);
  }

  /**
   * Adds a narrow result's counts, and zeroes them, by going over its documents' tags again rather
   * than over every tag of the segment (hundreds of thousands in a large one).
   */
  private void addTouched(SegmentTags segment, FixedBitSet matched, int[] local, int[] global) {
    for (int ord : segment.denseOrds) {
      if (local[ord] != 0) {
        addNarrow(global[ord], local[ord]);
        local[ord] = 0;
      }
    }
    int[] starts = segment.starts;
    int[] ords = segment.ords;
    BitSetIterator docs = new BitSetIterator(matched, 0);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        int ord = ords[i];
        if (local[ord] != 0) {
          addNarrow(global[ord], local[ord]);
          local[ord] = 0;
        }
      }
    }
  }

  /**
   * Counts the segment's dense tags into {@code local} so that the last step's sum gives each its
   * count (the whole segment's less it when {@code inverted}): by intersecting each tag's bit set
   * with the matches a word at a time, or, when few documents match, by looking each one up.
   */
  private static void countDense(
      SegmentTags segment, FixedBitSet matched, int matches, int[] local, boolean inverted) {
    int[] dense = segment.denseOrds;
    FixedBitSet[] docs = segment.denseDocs;
    if (dense.length == 0) {
      return;
    }
    int[] counts = new int[dense.length];
    // A lookup is a cache miss in one of many sets where a word of an intersection streams.
    if (matches < matched.length() / Long.SIZE / 8) {
      BitSetIterator it = new BitSetIterator(matched, matches);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        for (int i = 0; i < dense.length; i++) {
          if (docs[i].get(doc)) {
            counts[i]++;
          }
        }
      }
    } else {
      for (int i = 0; i < dense.length; i++) {
        counts[i] = (int) FixedBitSet.intersectionCount(matched, docs[i]);
      }
    }
    int[] whole = segment.wholeCounts;
    for (int i = 0; i < dense.length; i++) {
      local[dense[i]] = inverted ? whole[dense[i]] - counts[i] : counts[i];
    }
  }
}
