package org.quire.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.quire.listings.DateRange;
import org.quire.listings.IndexQuery;
import org.quire.listings.ListingQuery;
import org.quire.listings.Range;
import org.quire.listings.SearchExpression;
import org.quire.listings.SortKey;
import org.quire.works.Audience;

/**
 * Turns a resolved listing query into Lucene queries and a sort. Filters (tags, visibility, ranges)
 * are non-scoring clauses; only {@code q} and {@code text} score, for the relevance sort. {@code
 * text} is searched in the text index ({@link #text}) and joined to the works index.
 */
final class QueryTranslator {
  private static final List<String> WORK_FIELDS =
      List.of(
          IndexFields.TITLE,
          IndexFields.SUMMARY,
          IndexFields.NOTES,
          IndexFields.TAG,
          IndexFields.CREATOR);

  private final QueryBuilder phrases;

  /** Reaches no work in the index has (it holds posted works only): never worth a clause. */
  private static final Set<Audience.Reach> NEVER_INDEXED = EnumSet.of(Audience.Reach.CREATORS);

  QueryTranslator(Analyzer analyzer) {
    this.phrases = new QueryBuilder(analyzer);
  }

  /**
   * The works index's query.
   *
   * @param text the works the text index found for {@code text=}, when the listing has one
   */
  Query query(IndexQuery query, @Nullable Query text) {
    ListingQuery q = query.listing();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    // Excluding the few works of other reaches costs less than requiring the many others.
    for (Audience.Reach reach :
        EnumSet.complementOf(EnumSet.copyOf(query.audience().listedReaches()))) {
      if (!NEVER_INDEXED.contains(reach)) {
        b.add(term(IndexFields.REACH, reach.name()), Occur.MUST_NOT);
      }
    }
    for (long tag : query.requiredTagIds()) {
      b.add(term(IndexFields.FILTER_TAG, Long.toString(tag)), Occur.FILTER);
    }
    for (long tag : query.excludedTagIds()) {
      b.add(term(IndexFields.FILTER_TAG, Long.toString(tag)), Occur.MUST_NOT);
    }
    if (query.creatorAccountId() != null) {
      b.add(
          term(IndexFields.CREATOR_ACCOUNT, Long.toString(query.creatorAccountId())), Occur.FILTER);
    }
    for (long account : query.excludedCreatorIds()) {
      b.add(term(IndexFields.CREATOR_ACCOUNT, Long.toString(account)), Occur.MUST_NOT);
    }
    if (q.complete() != null) {
      b.add(term(IndexFields.COMPLETE, q.complete().toString()), Occur.FILTER);
    }
    if (q.crossover() != null) {
      b.add(term(IndexFields.CROSSOVER, q.crossover().toString()), Occur.FILTER);
    }
    if (q.language() != null) {
      b.add(term(IndexFields.LANGUAGE, IndexFields.lower(q.language())), Occur.FILTER);
    }
    if (q.words() != null) {
      b.add(points(IndexFields.WORDS, q.words()), Occur.FILTER);
    }
    if (q.kudos() != null) {
      b.add(counter(IndexFields.KUDOS, q.kudos()), Occur.FILTER);
    }
    if (q.hits() != null) {
      b.add(counter(IndexFields.HITS, q.hits()), Occur.FILTER);
    }
    if (q.comments() != null) {
      b.add(counter(IndexFields.COMMENTS, q.comments()), Occur.FILTER);
    }
    if (q.bookmarks() != null) {
      b.add(counter(IndexFields.BOOKMARKS, q.bookmarks()), Occur.FILTER);
    }
    if (q.updated() != null) {
      b.add(dates(IndexFields.UPDATED, q.updated()), Occur.FILTER);
    }
    if (q.q() != null) {
      b.add(expression(q.q(), false), Occur.MUST);
    }
    if (text != null) {
      b.add(text, Occur.MUST);
    }
    return withPositive(b);
  }

  /** The text index's query for a {@code text=} search. */
  Query text(SearchExpression text) {
    return expression(text, true);
  }

  /** Whether results are ordered by score. */
  static boolean scored(ListingQuery q) {
    return q.sort() == SortKey.RELEVANCE && (q.q() != null || q.text() != null);
  }

  Sort sort(ListingQuery q) {
    boolean reverse = !q.ascending();
    boolean scored = scored(q);
    SortField primary =
        switch (q.sort()) {
          case POSTED ->
              new SortedNumericSortField(IndexFields.POSTED, SortField.Type.LONG, reverse);
          case WORDS -> new SortedNumericSortField(IndexFields.WORDS, SortField.Type.LONG, reverse);
          case KUDOS -> new SortField(IndexFields.KUDOS, SortField.Type.LONG, reverse);
          case HITS -> new SortField(IndexFields.HITS, SortField.Type.LONG, reverse);
          case COMMENTS -> new SortField(IndexFields.COMMENTS, SortField.Type.LONG, reverse);
          case BOOKMARKS -> new SortField(IndexFields.BOOKMARKS, SortField.Type.LONG, reverse);
          case TITLE -> new SortField(IndexFields.TITLE_ORDER, SortField.Type.STRING, reverse);
          case CREATOR -> new SortField(IndexFields.CREATOR_ORDER, SortField.Type.STRING, reverse);
          case RELEVANCE ->
              scored
                  ? new SortField(null, SortField.Type.SCORE, !reverse)
                  : new SortedNumericSortField(IndexFields.UPDATED, SortField.Type.LONG, reverse);
          case UPDATED ->
              new SortedNumericSortField(IndexFields.UPDATED, SortField.Type.LONG, reverse);
        };
    return new Sort(primary, new SortField(IndexFields.ID_ORDER, SortField.Type.LONG, reverse));
  }

  /**
   * Whether a top-k collector sorting by this key can skip works that cannot enter the page, so
   * that counting the matches apart costs less than comparing each of them: a {@code LongField}
   * (points beside its doc values; every {@link SortedNumericSortField} of {@link #sort} is one).
   * The counters are doc values updated in place, which Lucene allows only without points or a skip
   * index; a sort by them (or by title) compares every match, and counting apart would add a pass.
   */
  static boolean skipsNonCompetitive(SortField primary) {
    return primary instanceof SortedNumericSortField;
  }

  private Query expression(SearchExpression e, boolean chapterText) {
    return switch (e) {
      case SearchExpression.And and -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (SearchExpression part : and.parts()) {
          if (part instanceof SearchExpression.Not not) {
            b.add(expression(not.part(), chapterText), Occur.MUST_NOT);
          } else {
            b.add(expression(part, chapterText), Occur.MUST);
          }
        }
        yield withPositive(b);
      }
      case SearchExpression.Or or -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (SearchExpression part : or.parts()) {
          b.add(expression(part, chapterText), Occur.SHOULD);
        }
        yield b.build();
      }
      case SearchExpression.Not not -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
        b.add(expression(not.part(), chapterText), Occur.MUST_NOT);
        yield b.build();
      }
      case SearchExpression.Term term -> term(term, chapterText);
    };
  }

  /**
   * Clauses that are all negations (or none) match nothing in Lucene; they mean "all but these".
   */
  private static Query withPositive(BooleanQuery.Builder b) {
    BooleanQuery built = b.build();
    if (built.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      all.add(new MatchAllDocsQuery(), Occur.FILTER);
      built.clauses().forEach(all::add);
      return all.build();
    }
    return built;
  }

  private Query term(SearchExpression.Term term, boolean chapterText) {
    if (chapterText) {
      return phrase(IndexFields.TEXT, term.text());
    }
    String field = term.field();
    if (field == null) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String f : WORK_FIELDS) {
        any.add(phrase(f, term.text()), Occur.SHOULD);
      }
      return any.build();
    }
    // The other field names (title, tag, fandom, warning…) are the index's own.
    return field.equals("language")
        ? term(IndexFields.LANGUAGE, IndexFields.lower(term.text()))
        : phrase(field, term.text());
  }

  /** A word as a term query, several words (or a hyphenated one) as a phrase. */
  private Query phrase(String field, String text) {
    Query query = phrases.createPhraseQuery(field, text);
    return query == null ? new MatchNoDocsQuery("no words in '" + text + "'") : query;
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Query points(String field, Range range) {
    long min = min(range.min());
    long max = max(range.max());
    return new ColumnRange(field, min, max, LongField.newRangeQuery(field, min, max));
  }

  private static Query counter(String field, Range range) {
    long min = min(range.min());
    long max = max(range.max());
    return new ColumnRange(
        field, min, max, NumericDocValuesField.newSlowRangeQuery(field, min, max));
  }

  private static Query dates(String field, DateRange range) {
    long min = range.from() == null ? Long.MIN_VALUE : IndexFields.micros(range.from());
    long max = range.to() == null ? Long.MAX_VALUE : IndexFields.micros(range.to());
    return new ColumnRange(field, min, max, LongField.newRangeQuery(field, min, max));
  }

  private static long min(@Nullable Long value) {
    return value == null ? Long.MIN_VALUE : value;
  }

  private static long max(@Nullable Long value) {
    return value == null ? Long.MAX_VALUE : value;
  }
}
