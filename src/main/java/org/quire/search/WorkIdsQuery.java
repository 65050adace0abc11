package org.quire.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Matches the works index's documents of the works a text search found, scoring each as the text
 * index did. It checks each candidate's id (doc values), so in a conjunction the other clauses lead
 * and only their matches are looked up.
 */
final class WorkIdsQuery extends Query {
  private final TextMatches matches;
  private final String description;

  /**
   * @param description what was searched for, and in which version of the text index: listings
   *     remember their cursors by the query's string
   */
  WorkIdsQuery(TextMatches matches, String description) {
    this.matches = matches;
    this.description = description;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new Weight(this) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        NumericDocValues ids = DocValues.getNumeric(context.reader(), IndexFields.ID_ORDER);
        TwoPhaseIterator twoPhase =
            new TwoPhaseIterator(ids) {
              @Override
              public boolean matches() throws IOException {
                return matches.contains(ids.longValue());
              }

              @Override
              public float matchCost() {
                return 4;
              }
            };
        DocIdSetIterator iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        Scorer scorer =
            new Scorer() {
              @Override
              public int docID() {
                return ids.docID();
              }

              @Override
              public DocIdSetIterator iterator() {
                return iterator;
              }

              @Override
              public TwoPhaseIterator twoPhaseIterator() {
                return twoPhase;
              }

              @Override
              public float getMaxScore(int upTo) {
                return matches.maxScore() * boost;
              }

              @Override
              public float score() throws IOException {
                return matches.score(ids.longValue()) * boost;
              }
            };
        return new DefaultScorerSupplier(scorer);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        NumericDocValues ids = DocValues.getNumeric(context.reader(), IndexFields.ID_ORDER);
        if (ids.advanceExact(doc) && matches.contains(ids.longValue())) {
          return Explanation.match(
              matches.score(ids.longValue()) * boost, "chapter text matches " + description);
        }
        return Explanation.noMatch("chapter text does not match " + description);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false; // the matches belong to one search
      }
    };
  }

  @Override
  public String toString(String field) {
    return "text(" + description + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && matches == ((WorkIdsQuery) other).matches;
  }

  @Override
  public int hashCode() {
    return classHash() ^ System.identityHashCode(matches);
  }
}
