package org.quire.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;
import org.quire.listings.IndexHits;
import org.quire.listings.IndexQuery;
import org.quire.listings.ListingQuery;
import org.quire.listings.SearchExpression;
import org.quire.listings.TagCounts;
import org.quire.listings.WorkIndex;
import org.quire.platform.ApiException;
import org.quire.platform.QuireProperties;
import org.springframework.stereotype.Component;

/**
 * Answers listings from the index alone. Pages up to {@code collectLimit} results not ordered by
 * score are answered from bit sets and sort columns ({@link BitSetListing}): the filters combined a
 * machine word at a time, the total their cardinality, the page kept per segment by comparing array
 * values, the facets counted from the same sets. Otherwise one pass collects the page (sorted, with
 * the work id as tie-break), the exact total and, when asked, the facet counts, with Lucene's
 * collectors. When the sort key lets Lucene skip (see {@link QueryTranslator#skipsNonCompetitive})
 * and no facets are asked for, the page is collected apart from the count instead: past the first
 * {@code countWhileCollecting} matches the collector passes over the works that cannot enter the
 * page rather than comparing each one, and counting alone is a cheaper pass than collecting. Pages
 * past the first thousand results are reached through {@code searchAfter} from the previous page's
 * last result (remembered per index version), or by walking there in steps, never by collecting
 * everything before them.
 */
@Component
class LuceneWorkIndex implements WorkIndex {
  private final SearchIndex index;
  private final int collectLimit;
  private final int walkStep;
  private final int countWhileCollecting;
  private final boolean bitSets;
  private final QueryTranslator translator = new QueryTranslator(new WorkAnalyzer());
  private final Cache<String, FieldDoc> cursors = Caffeine.newBuilder().maximumSize(10_000).build();

  /** On a sort that can skip, how many matches are counted while the page is collected. */
  static final int COUNT_WHILE_COLLECTING = 1_000;

  /** How long a {@code text=} search may run before it is stopped with a 503. */
  private volatile Duration searchTimeout = Duration.ofSeconds(5);

  @org.springframework.beans.factory.annotation.Autowired
  LuceneWorkIndex(SearchIndex index, QuireProperties properties) {
    this(index, 1_000, 10_000, COUNT_WHILE_COLLECTING, true);
    this.searchTimeout = properties.limits().searchTimeout();
  }

  /** Changes the text search's time limit (tests stand in for a costly query with a tiny one). */
  void searchTimeout(Duration timeout) {
    this.searchTimeout = timeout;
  }

  Duration searchTimeout() {
    return searchTimeout;
  }

  /**
   * @param collectLimit up to this offset a page is collected with the results before it
   * @param walkStep how many results each step skips when walking to a deep page
   * @param countWhileCollecting on a sort by points, how many matches are counted while collecting
   *     before the rest are counted apart
   * @param bitSets whether listings not sorted by score, up to {@code collectLimit}, are answered
   *     from bit sets ({@link BitSetListing}) rather than by Lucene's collectors
   */
  LuceneWorkIndex(
      SearchIndex index,
      int collectLimit,
      int walkStep,
      int countWhileCollecting,
      boolean bitSets) {
    this.index = index;
    this.collectLimit = collectLimit;
    this.walkStep = walkStep;
    this.countWhileCollecting = countWhileCollecting;
    this.bitSets = bitSets;
  }

  @Override
  public Optional<IndexHits> find(IndexQuery query) {
    // Until the rebuild's text pass ends, text searches go to SQL, which has all of it.
    if (!index.ready() || (query.listing().text() != null && !index.textReady())) {
      return Optional.empty();
    }
    try {
      IndexSearcher searcher = index.acquire();
      try {
        return Optional.of(search(searcher, query));
      } catch (IndexSearcher.TooManyClauses e) {
        // The words limit of the query syntax keeps below this; a script may split words more.
        throw ApiException.badRequest(
            "The search has too many words to look up; use fewer words or shorter phrases.");
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Searching the index failed", e);
    }
  }

  private IndexHits search(IndexSearcher searcher, IndexQuery indexQuery) throws IOException {
    Query query = translator.query(indexQuery, textMatches(indexQuery.listing()));
    Sort sort = translator.sort(indexQuery.listing());
    int perPage = indexQuery.listing().perPage();
    long offset = (long) (indexQuery.listing().page() - 1) * perPage;
    String key = cursorKey(searcher, query, sort);
    BitSetListing.Page fromBits =
        bitSets && offset <= collectLimit
            ? BitSetListing.find(
                searcher, query, sort, (int) offset, perPage, indexQuery.listing().facets())
            : null;
    if (fromBits != null) {
      if (fromBits.ids().size() == perPage) {
        cursors.put(key + (offset + perPage), fromBits.cursors().getLast());
      }
      return new IndexHits(fromBits.ids(), fromBits.total(), fromBits.facets());
    }
    FieldDoc after = offset == 0 ? null : cursors.getIfPresent(key + offset);
    int skip = 0;
    if (after == null && offset > collectLimit) {
      after = walk(searcher, query, sort, offset);
      if (after == null) {
        return new IndexHits(
            List.of(), searcher.count(query), facetsOnly(searcher, query, indexQuery));
      }
    } else if (after == null) {
      skip = (int) offset;
    }
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(
            sort,
            skip + perPage,
            after,
            countingThreshold(indexQuery.listing(), sort, countWhileCollecting));
    TopFieldDocs docs;
    TagCounts facets = null;
    if (indexQuery.listing().facets()) {
      Object[] results =
          searcher.search(query, new MultiCollectorManager(top, facetCounts(searcher)));
      docs = (TopFieldDocs) results[0];
      facets = (TagCounts) results[1];
    } else {
      docs = searcher.search(query, top);
    }
    ScoreDoc[] page =
        skip >= docs.scoreDocs.length
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(docs.scoreDocs, skip, docs.scoreDocs.length);
    if (page.length == perPage) {
      cursors.put(key + (offset + perPage), (FieldDoc) page[page.length - 1]);
    }
    return new IndexHits(ids(searcher, page), total(searcher, query, docs), facets);
  }

  /**
   * How many matches the page's collector counts: all of them, unless the sort lets Lucene skip and
   * no facets need every match, when the rest are counted apart ({@link #total}).
   */
  static int countingThreshold(ListingQuery listing, Sort sort, int countWhileCollecting) {
    return !listing.facets() && QueryTranslator.skipsNonCompetitive(sort.getSort()[0])
        ? countWhileCollecting
        : Integer.MAX_VALUE;
  }

  /** The exact total: the collector's count, or a counting pass when it stopped counting. */
  static long total(IndexSearcher searcher, Query query, TopDocs docs) throws IOException {
    return docs.totalHits.relation() == TotalHits.Relation.EQUAL_TO
        ? docs.totalHits.value()
        : searcher.count(query);
  }

  /** The works whose chapter text matches the listing's {@code text=}, as a works-index query. */
  private @Nullable Query textMatches(ListingQuery listing) throws IOException {
    SearchExpression text = listing.text();
    if (text == null) {
      return null;
    }
    Query query = translator.text(text);
    IndexSearcher searcher = index.acquireText();
    try {
      TextMatches matches =
          TextMatches.find(searcher, query, QueryTranslator.scored(listing), searchTimeout);
      long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
      return new WorkIdsQuery(matches, query + " @" + version);
    } finally {
      index.releaseText(searcher);
    }
  }

  /** The last result before {@code offset}, reached in steps; null when there are fewer results. */
  private @Nullable FieldDoc walk(IndexSearcher searcher, Query query, Sort sort, long offset)
      throws IOException {
    FieldDoc after = null;
    long remaining = offset;
    while (remaining > 0) {
      int step = (int) Math.min(remaining, walkStep);
      TopDocs docs = searcher.searchAfter(after, query, step, sort);
      if (docs.scoreDocs.length < step) {
        return null;
      }
      after = (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1];
      remaining -= step;
    }
    return after;
  }

  private static @Nullable TagCounts facetsOnly(
      IndexSearcher searcher, Query query, IndexQuery indexQuery) throws IOException {
    return indexQuery.listing().facets() ? searcher.search(query, facetCounts(searcher)) : null;
  }

  private static FacetCounts facetCounts(IndexSearcher searcher) throws IOException {
    return new FacetCounts(TagOrdinals.of(searcher.getIndexReader()));
  }

  /** Cursors are only valid for the index version they were taken from. */
  private static String cursorKey(IndexSearcher searcher, Query query, Sort sort) {
    long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
    return version + "\u0000" + query + "\u0000" + sort + "\u0000";
  }

  private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Long> ids = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.ID_ORDER);
      if (values.advanceExact(hit.doc - leaf.docBase)) {
        ids.add(values.longValue());
      }
    }
    return ids;
  }
}
