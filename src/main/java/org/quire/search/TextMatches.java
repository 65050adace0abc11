package org.quire.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The works whose chapter text matches a {@code text=} search, found in the text index: their ids
 * as bits and, for the relevance sort, their scores. {@link WorkIdsQuery} joins them to the works
 * index, which alone knows what a reader may see.
 */
final class TextMatches {
  private FixedBitSet ids = new FixedBitSet(1024);
  private float @Nullable [] scores;
  private float maxScore;
  private int count;

  private TextMatches(boolean scored) {
    this.scores = scored ? new float[1024] : null;
  }

  /** Searches the text index; with scores only when the listing is sorted by relevance. */
  static TextMatches find(IndexSearcher textIndex, Query query, boolean scored) throws IOException {
    return textIndex.search(query, new Collecting(scored));
  }

  boolean contains(long workId) {
    return workId < ids.length() && ids.get((int) workId);
  }

  float score(long workId) {
    float[] s = scores;
    return s == null || workId >= s.length ? 0 : s[(int) workId];
  }

  float maxScore() {
    return scores == null ? 0 : maxScore;
  }

  /** How many works matched. */
  int count() {
    return count;
  }

  private void add(long workId, float score) {
    int id = Math.toIntExact(workId);
    ids = FixedBitSet.ensureCapacity(ids, id);
    ids.set(id);
    count++;
    float[] s = scores;
    if (s != null) {
      if (id >= s.length) {
        s = Arrays.copyOf(s, Math.max(id + 1, s.length * 2));
        scores = s;
      }
      s[id] = score;
      maxScore = Math.max(maxScore, score);
    }
  }

  /** One collector for the whole search: the text index is searched on the calling thread. */
  private static final class Collecting implements CollectorManager<Collector, TextMatches> {
    private final boolean scored;
    private final TextMatches matches;

    Collecting(boolean scored) {
      this.scored = scored;
      this.matches = new TextMatches(scored);
    }

    @Override
    public Collector newCollector() {
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
          NumericDocValues workIds = DocValues.getNumeric(context.reader(), IndexFields.ID_ORDER);
          return new LeafCollector() {
            private @Nullable Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
              this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
              if (workIds.advanceExact(doc)) {
                Scorable s = scorer;
                matches.add(workIds.longValue(), scored && s != null ? s.score() : 0);
              }
            }
          };
        }

        @Override
        public ScoreMode scoreMode() {
          return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
      };
    }

    @Override
    public TextMatches reduce(Collection<Collector> collectors) {
      return matches;
    }
  }
}
