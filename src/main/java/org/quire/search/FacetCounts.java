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

/**
 * Exact facet counts: for every matching work, one increment per tag of its filter set, counted by
 * segment ordinal in a plain array and turned into tag ids once per segment. Every value of every
 * type is counted over the whole result, not a sample and not a top ten.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<Long, Long>> {

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<Long, Long> reduce(Collection<Counter> collectors) {
    Map<Long, Long> total = new HashMap<>();
    for (Counter c : collectors) {
      c.counts.forEach((tag, n) -> total.merge(tag, n, Long::sum));
    }
    return total;
  }

  /** Counts one slice of the index. */
  static final class Counter implements Collector {
    final Map<Long, Long> counts = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues tags = DocValues.getSortedSet(context.reader(), IndexFields.FILTER_TAG);
      int[] byOrdinal = new int[Math.toIntExact(tags.getValueCount())];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (tags.advanceExact(doc)) {
            for (int i = tags.docValueCount(); i > 0; i--) {
              byOrdinal[(int) tags.nextOrd()]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int ord = 0; ord < byOrdinal.length; ord++) {
            if (byOrdinal[ord] > 0) {
              long tag = Long.parseLong(tags.lookupOrd(ord).utf8ToString());
              counts.merge(tag, (long) byOrdinal[ord], Long::sum);
            }
          }
        }
      };
    }
  }
}
