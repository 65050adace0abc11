package org.quire.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * A listing's filters evaluated a segment at a time into a bit set of the matching live documents,
 * a machine word (64 documents) at a time where it can: a broad listing (all works but those with
 * some warnings) matches most of a large archive, and Lucene's boolean query visits those one by
 * one, which cost most of such a listing's time. Terms that many works carry, and the live
 * documents, come as bit sets kept per segment ({@link SegmentBits}); rarer terms from their
 * postings, which costs what they hold. Ranges are checked against the field's column ({@link
 * ColumnRange}), and other clauses ({@code q=}, text matches) asked only about the documents the
 * terms left.
 */
final class ListingBits {
  private final List<Term> required = new ArrayList<>();
  private final List<Term> excluded = new ArrayList<>();
  private final List<ColumnRange> ranges = new ArrayList<>();
  private final List<Weight> filters = new ArrayList<>();
  private final List<Weight> exclusions = new ArrayList<>();

  private ListingBits() {}

  /**
   * The filters of a listing's query, or null when it has clauses that only score or may match
   * (which listings without a relevance sort never have).
   */
  static @Nullable ListingBits of(IndexSearcher searcher, Query query) throws IOException {
    ListingBits bits = new ListingBits();
    if (!(query instanceof BooleanQuery boolean_)) {
      bits.filters.add(weight(searcher, query));
      return bits;
    }
    for (BooleanClause clause : boolean_.clauses()) {
      Query q = clause.query();
      switch (clause.occur()) {
        case SHOULD -> {
          return null;
        }
        case MUST, FILTER -> {
          if (q instanceof TermQuery term) {
            bits.required.add(term.getTerm());
          } else if (q instanceof ColumnRange range) {
            bits.ranges.add(range);
          } else if (!(q instanceof MatchAllDocsQuery)) {
            bits.filters.add(weight(searcher, q));
          }
        }
        case MUST_NOT -> {
          if (q instanceof TermQuery term) {
            bits.excluded.add(term.getTerm());
          } else {
            bits.exclusions.add(weight(searcher, q));
          }
        }
      }
    }
    return bits;
  }

  private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** The segment's live documents that match; the caller may change the set. */
  FixedBitSet matches(LeafReaderContext leaf) throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    FixedBitSet bits = null;
    for (Term term : required) {
      Object docs = SegmentBits.docs(leaf.reader(), term);
      if (docs == null) {
        return new FixedBitSet(maxDoc); // a required term no document here has
      }
      if (docs instanceof FixedBitSet kept) {
        if (bits == null) {
          bits = kept.clone();
        } else {
          bits.and(kept);
        }
      } else {
        FixedBitSet read = new FixedBitSet(maxDoc);
        read.or((PostingsEnum) docs);
        if (bits == null) {
          bits = read;
        } else {
          bits.and(read);
        }
      }
    }
    if (bits == null) {
      bits = new FixedBitSet(maxDoc);
      bits.set(0, maxDoc);
    }
    FixedBitSet live = SegmentBits.live(leaf);
    if (live != null) {
      bits.and(live);
    }
    for (Term term : excluded) {
      Object docs = SegmentBits.docs(leaf.reader(), term);
      if (docs instanceof FixedBitSet kept) {
        bits.andNot(kept);
      } else if (docs != null) {
        bits.andNot((PostingsEnum) docs);
      }
    }
    for (ColumnRange range : ranges) {
      range.keep(SortColumns.of(leaf.reader(), range.field), bits);
    }
    for (Weight filter : filters) {
      bits = keep(leaf, bits, filter, true);
    }
    for (Weight exclusion : exclusions) {
      bits = keep(leaf, bits, exclusion, false);
    }
    return bits;
  }

  /**
   * The documents of {@code bits} that a clause matches ({@code matching}) or does not. A clause
   * that checks each candidate (a text match, a phrase) is asked only about the documents still in;
   * one that lists its documents outright (the words of {@code q=}) is read whole, a word at a time
   * when it hands over a bit set.
   */
  private static FixedBitSet keep(
      LeafReaderContext leaf, FixedBitSet bits, Weight clause, boolean matching)
      throws IOException {
    Scorer scorer = clause.scorer(leaf);
    if (scorer == null) {
      if (matching) {
        bits.clear();
      }
      return bits;
    }
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    if (twoPhase == null) {
      if (matching) {
        FixedBitSet matched = new FixedBitSet(bits.length());
        matched.or(scorer.iterator());
        bits.and(matched);
      } else {
        bits.andNot(scorer.iterator());
      }
      return bits;
    }
    DocIdSetIterator approximation = twoPhase.approximation();
    FixedBitSet kept = matching ? new FixedBitSet(bits.length()) : bits;
    int length = bits.length();
    int doc = bits.nextSetBit(0);
    while (doc != DocIdSetIterator.NO_MORE_DOCS) {
      int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
      if (at == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      if (at == doc) {
        if (twoPhase.matches()) {
          if (matching) {
            kept.set(doc);
          } else {
            kept.clear(doc);
          }
        }
        doc = doc + 1 < length ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
      } else {
        doc = at < length ? bits.nextSetBit(at) : DocIdSetIterator.NO_MORE_DOCS;
      }
    }
    return kept;
  }
}
