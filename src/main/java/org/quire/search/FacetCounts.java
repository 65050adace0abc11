package org.quire.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Exact facet counts: for every matching work, one increment per tag of its filter set, counted by
 * segment ordinal, summed by global ordinal into one plain array and turned into tag ids once at
 * the end ({@link TagOrdinals}). Every value of every type is counted over the whole result, not a
 * sample and not a top ten.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<Long, Long>> {
  private final TagOrdinals ordinals;

  FacetCounts(TagOrdinals ordinals) {
    this.ordinals = ordinals;
  }

  @Override
  public Counter newCollector() {
    return new Counter(ordinals);
  }

  @Override
  public Map<Long, Long> reduce(Collection<Counter> collectors) {
    int[] total = new int[ordinals.size()];
    for (Counter c : collectors) {
      for (int i = 0; i < total.length; i++) {
        total[i] += c.counts[i];
      }
    }
    Map<Long, Long> byTag = new HashMap<>();
    for (int ord = 0; ord < total.length; ord++) {
      if (total[ord] > 0) {
        byTag.put(ordinals.tagId(ord), (long) total[ord]);
      }
    }
    return byTag;
  }

  /** Counts one slice of the index. */
  static final class Counter implements Collector {
    private final TagOrdinals ordinals;
    final int[] counts;

    Counter(TagOrdinals ordinals) {
      this.ordinals = ordinals;
      this.counts = new int[ordinals.size()];
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues tags = DocValues.getSortedSet(context.reader(), IndexFields.FILTER_TAG);
      // Counted by the segment's own ordinals, mapped to global ones once per tag at the end:
      // the mapping is a packed lookup, too slow to make for every tag of every matching work.
      int[] bySegmentOrdinal = new int[Math.toIntExact(tags.getValueCount())];
      LongValues global = ordinals.globalOrdinals(context.ord);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (tags.advanceExact(doc)) {
            for (int i = tags.docValueCount(); i > 0; i--) {
              bySegmentOrdinal[(int) tags.nextOrd()]++;
            }
          }
        }

        @Override
        public void finish() {
          for (int ord = 0; ord < bySegmentOrdinal.length; ord++) {
            if (bySegmentOrdinal[ord] > 0) {
              counts[(int) global.get(ord)] += bySegmentOrdinal[ord];
            }
          }
        }
      };
    }
  }
}
