package org.quire.search;

import java.io.IOException;
import java.time.Duration;
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
import org.quire.platform.RateLimitedException;

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

  /**
   * Searches the text index; with scores only when the listing is sorted by relevance.
   *
   * @param timeout how long the search may run: past it the search stops and this throws a 503
   *     (partial matches would be a wrong listing), so one costly query holds a core that long at
   *     most
   */
  static TextMatches find(IndexSearcher textIndex, Query query, boolean scored, Duration timeout)
      throws IOException {
    // A searcher of its own (a cheap wrapper of the same reader), so that the time limit is this
    // search's alone; the shared one has no executor either.
    IndexSearcher timed = new IndexSearcher(textIndex.getIndexReader());
    timed.setSimilarity(textIndex.getSimilarity());
    timed.setQueryCache(textIndex.getQueryCache());
    timed.setQueryCachingPolicy(textIndex.getQueryCachingPolicy());
    long deadline = System.nanoTime() + timeout.toNanos();
    timed.setTimeout(() -> System.nanoTime() - deadline >= 0);
    TextMatches matches = timed.search(query, new Collecting(scored));
    if (timed.timedOut()) {
      throw RateLimitedException.busy(
          "The text search took longer than "
              + timeout.toMillis()
              + " ms and was stopped; search for fewer or rarer words, or try again later.",
          10);
    }
    return matches;
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
