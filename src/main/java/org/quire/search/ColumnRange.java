package org.quire.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A listing's range over a number a work has (words, updated, kudos, hits, comments, bookmarks):
 * Lucene's query for it, which collectors use, and the bounds, which a bit-set listing checks
 * against the field's column ({@link SortColumns}) for the documents still in: a broad range read
 * from the points costs milliseconds to list half a million documents that the other filters then
 * mostly drop.
 */
final class ColumnRange extends Query {
  final String field;
  final long min;
  final long max;
  private final Query query;

  ColumnRange(String field, long min, long max, Query query) {
    this.field = field;
    this.min = min;
    this.max = max;
    this.query = query;
  }

  /** Clears from {@code bits} the documents whose value is outside the range. */
  void keep(SortColumns.Column values, FixedBitSet bits) {
    long[] words = bits.getBits();
    for (int i = 0; i < words.length; i++) {
      long word = words[i];
      long kept = word;
      while (word != 0) {
        int bit = Long.numberOfTrailingZeros(word);
        long value = values.get(i * Long.SIZE + bit);
        if (value < min || value > max) {
          kept &= ~(1L << bit);
        }
        word &= word - 1;
      }
      words[i] = kept;
    }
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return query;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    return query.createWeight(searcher, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnRange range && range.query.equals(query);
  }

  @Override
  public int hashCode() {
    return query.hashCode();
  }
}
