package org.quire.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.quire.listings.TagCounts;

/**
 * A listing answered from bit sets ({@link ListingBits}) and sort columns ({@link SortColumns}):
 * each segment's matches are counted a word at a time, its best {@code offset + perPage} are kept
 * by comparing array values, and its facets are counted from the same set; the segments' best are
 * then merged. Every slice of the searcher does its segments on its own thread. The order is the
 * index's sort exactly (the sort key, then the work id, both one way), so pages agree with the
 * collector's and with each other.
 */
final class BitSetListing {
  private final IndexSearcher searcher;
  private final ListingBits filters;
  private final String sortField;
  private final boolean reverse;
  private final boolean strings;

  private BitSetListing(IndexSearcher searcher, ListingBits filters, SortField primary) {
    this.searcher = searcher;
    this.filters = filters;
    this.sortField = primary.getField();
    this.reverse = primary.getReverse();
    this.strings = SortColumns.isString(sortField);
  }

  /** A page of results, as ids and as the cursors Lucene's {@code searchAfter} takes. */
  record Page(List<Long> ids, List<FieldDoc> cursors, long total, @Nullable TagCounts facets) {}

  /**
   * The page of a listing's query, or null when it cannot be answered here: ordered by score, or
   * with clauses that may match rather than filter ({@link ListingBits#of}).
   */
  static @Nullable Page find(
      IndexSearcher searcher, Query query, Sort sort, int offset, int perPage, boolean facets)
      throws IOException {
    SortField primary = sort.getSort()[0];
    if (primary.getType() == SortField.Type.SCORE || !SortColumns.has(primary.getField())) {
      return null;
    }
    ListingBits filters = ListingBits.of(searcher, query);
    return filters == null
        ? null
        : new BitSetListing(searcher, filters, primary).page(offset, perPage, facets);
  }

  private Page page(int offset, int perPage, boolean facets) throws IOException {
    int need = offset + perPage;
    FacetCounts counting = facets ? facetCounts() : null;
    List<Callable<Slice>> tasks = new ArrayList<>();
    for (IndexSearcher.LeafSlice slice : searcher.getSlices()) {
      tasks.add(() -> slice(slice, need, counting));
    }
    List<Slice> slices = searcher.getTaskExecutor().invokeAll(tasks);
    long total = 0;
    List<Hit> hits = new ArrayList<>();
    List<FacetCounter> counters = new ArrayList<>();
    for (Slice slice : slices) {
      total += slice.total;
      hits.addAll(slice.hits);
      if (slice.counter != null) {
        counters.add(slice.counter);
      }
    }
    hits.sort(order());
    List<Long> ids = new ArrayList<>();
    List<FieldDoc> cursors = new ArrayList<>();
    for (int i = offset; i < Math.min(need, hits.size()); i++) {
      Hit hit = hits.get(i);
      ids.add(hit.id);
      cursors.add(
          new FieldDoc(
              hit.doc, Float.NaN, new Object[] {strings ? hit.string : hit.value, hit.id}));
    }
    return new Page(ids, cursors, total, counting == null ? null : counting.reduce(counters));
  }

  private FacetCounts facetCounts() throws IOException {
    return new FacetCounts(TagOrdinals.of(searcher.getIndexReader()));
  }

  private record Slice(long total, List<Hit> hits, @Nullable FacetCounter counter) {}

  /** A segment's result, with its key as a number or (titles, creators) as a string. */
  private record Hit(int doc, long value, @Nullable BytesRef string, long id) {}

  private Slice slice(IndexSearcher.LeafSlice slice, int need, @Nullable FacetCounts counting)
      throws IOException {
    FacetCounter counter = counting == null ? null : counting.newCollector();
    long total = 0;
    List<Hit> hits = new ArrayList<>();
    for (IndexSearcher.LeafReaderContextPartition partition : slice.partitions) {
      if (partition.minDocId > 0) {
        continue; // a segment split among slices (SlicedSearchers never splits) is done whole once
      }
      LeafReaderContext leaf = partition.ctx;
      FixedBitSet matched = filters.matches(leaf);
      int count = matched.cardinality();
      if (count == 0) {
        continue;
      }
      total += count;
      best(leaf, matched, need, hits);
      if (counter != null) {
        counter.add(leaf, matched, count); // may change the set, so it comes last
      }
    }
    return new Slice(total, hits, counter);
  }

  /** Adds the segment's best {@code need} matches, in no particular order, to {@code hits}. */
  private void best(LeafReaderContext leaf, FixedBitSet matched, int need, List<Hit> hits) {
    LeafReader reader = leaf.reader();
    SortColumns.Column keys = SortColumns.of(reader, sortField);
    SortColumns.Column ids = SortColumns.of(reader, IndexFields.ID_ORDER);
    // A heap of the best so far with the worst on top: a match that does not beat it is passed by
    // after one comparison, which is what nearly all of a broad listing's matches get.
    int[] heap = new int[need];
    int size = 0;
    BitSetIterator docs = new BitSetIterator(matched, 0);
    for (int doc = docs.nextDoc(); doc != BitSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (size < need) {
        heap[size++] = doc;
        up(heap, size - 1, keys, ids);
      } else if (before(doc, heap[0], keys, ids)) {
        heap[0] = doc;
        down(heap, size, keys, ids);
      }
    }
    // Titles and creators are compared across segments as strings, looked up in ordinal order.
    SortColumns.Strings names = strings ? SortColumns.strings(reader, sortField) : null;
    int[] kept = Arrays.copyOf(heap, size);
    if (names != null) {
      sortByKey(kept, keys);
    }
    for (int doc : kept) {
      long value = keys.get(doc);
      hits.add(
          new Hit(leaf.docBase + doc, value, names == null ? null : names.of(value), ids.get(doc)));
    }
  }

  private static void sortByKey(int[] docs, SortColumns.Column keys) {
    long[] packed = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      packed[i] = (keys.get(docs[i]) << 32) | docs[i]; // ordinals and documents are ints
    }
    Arrays.sort(packed);
    for (int i = 0; i < docs.length; i++) {
      docs[i] = (int) packed[i];
    }
  }

  /** Whether document a comes before b in the listing's order. */
  private boolean before(int a, int b, SortColumns.Column keys, SortColumns.Column ids) {
    int c = Long.compare(keys.get(a), keys.get(b));
    if (c == 0) {
      c = Long.compare(ids.get(a), ids.get(b));
    }
    return reverse ? c > 0 : c < 0;
  }

  private void up(int[] heap, int i, SortColumns.Column keys, SortColumns.Column ids) {
    int doc = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(heap[parent], doc, keys, ids)) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = doc;
  }

  private void down(int[] heap, int size, SortColumns.Column keys, SortColumns.Column ids) {
    int doc = heap[0];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(heap[child], heap[child + 1], keys, ids)) {
        child++; // the later of the two children: the heap keeps the worst on top
      }
      if (!before(doc, heap[child], keys, ids)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = doc;
  }

  /** The listing's order across segments: strings compared as strings, no string first. */
  private Comparator<Hit> order() {
    Comparator<Hit> byKey =
        strings
            ? Comparator.comparing(Hit::string, Comparator.nullsFirst(Comparator.naturalOrder()))
            : Comparator.comparingLong(Hit::value);
    Comparator<Hit> order = byKey.thenComparingLong(Hit::id);
    return reverse ? order.reversed() : order;
  }
}
