package org.quire.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.quire.works.TagCounts;

/**
 * Exact facet counts: for every matching work, one increment per tag of its filter set, made by
 * segment ordinal in a segment-sized array, then added by global ordinal (the segment's ordinal
 * mapped through a plain array) into one array per slice, and turned into tag ids once at the end
 * ({@link TagOrdinals}). Every value of every type is counted over the whole result, not a sample
 * and not a top ten. A broad result (more than half a segment) is counted by what it leaves out
 * instead. Tags are read from memory ({@link SegmentTags}).
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, TagCounts> {
  private final TagOrdinals ordinals;

  FacetCounts(TagOrdinals ordinals) {
    this.ordinals = ordinals;
  }

  @Override
  public Counter newCollector() {
    return new Counter(ordinals);
  }

  @Override
  public TagCounts reduce(Collection<Counter> collectors) {
    int[] total = null;
    for (Counter c : collectors) {
      if (total == null) {
        total = c.counts;
      } else {
        for (int i = 0; i < total.length; i++) {
          total[i] += c.counts[i];
        }
        ordinals.giveBack(c.counts);
      }
    }
    if (total == null) {
      return TagCounts.EMPTY;
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

  /** Counts one slice of the index. */
  static final class Counter implements Collector {
    private final TagOrdinals ordinals;
    final int[] counts;

    Counter(TagOrdinals ordinals) {
      this.ordinals = ordinals;
      this.counts = ordinals.borrowCounts();
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
          add(context, matched);
        }
      };
    }

    /**
     * Counts the matched documents' tags into the global array: each document's segment ordinals
     * from {@link SegmentTags} are counted in a segment-sized array first, then added to the global
     * array once per tag through the segment's ordinal map (one random access per tag of a document
     * rather than two, the second into the archive-wide array). When most of the segment matches,
     * its tags are counted as the whole segment's less those of the documents that do not match.
     */
    void add(LeafReaderContext context, FixedBitSet matched) {
      int maxDoc = context.reader().maxDoc();
      int matches = matched.cardinality();
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
     * Adds a narrow result's counts, and zeroes them, by going over its documents' tags again
     * rather than over every tag of the segment (hundreds of thousands in a large one).
     */
    private void addTouched(SegmentTags segment, FixedBitSet matched, int[] local, int[] global) {
      for (int ord : segment.denseOrds) {
        if (local[ord] != 0) {
          counts[global[ord]] += local[ord];
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
            counts[global[ord]] += local[ord];
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
}
