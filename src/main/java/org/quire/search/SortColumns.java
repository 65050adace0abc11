package org.quire.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A segment's sort keys (and the numbers listings filter by ranges, {@link ColumnRange}) in plain
 * arrays, one value per document: a broad listing compares hundreds of thousands of works with its
 * page's last, and an array read costs a fraction of a doc-values read. Dates, words, titles and
 * creators never change in a segment and are kept as long as its core; the counters (hits, kudos,
 * comments, bookmarks) are updated in place, so theirs are kept per reader and read again after an
 * update. Titles and creators are the segment's ordinals, which compare as the strings do; {@link
 * #strings} turns them back into strings.
 */
final class SortColumns {
  static final Set<String> COUNTERS =
      Set.of(IndexFields.HITS, IndexFields.KUDOS, IndexFields.COMMENTS, IndexFields.BOOKMARKS);

  private static final Set<String> STRINGS =
      Set.of(IndexFields.TITLE_ORDER, IndexFields.CREATOR_ORDER);

  // LongFields, with sorted-numeric doc values of one value each.
  private static final Set<String> POINTS =
      Set.of(IndexFields.POSTED, IndexFields.UPDATED, IndexFields.WORDS);

  // Both weakly keyed: a segment merged away, or a reader replaced, takes its columns with it.
  private static final Cache<Object, ConcurrentMap<String, Column>> BY_CORE =
      Caffeine.newBuilder().weakKeys().build();
  private static final Cache<Object, ConcurrentMap<String, Column>> BY_READER =
      Caffeine.newBuilder().weakKeys().build();

  private SortColumns() {}

  /** One value per document: ints when every value fits, longs otherwise. */
  static final class Column {
    private final int @Nullable [] ints;
    private final long @Nullable [] longs;

    private Column(int @Nullable [] ints, long @Nullable [] longs) {
      this.ints = ints;
      this.longs = longs;
    }

    long get(int doc) {
      return ints != null ? ints[doc] : longs[doc];
    }
  }

  /** The segment's column of a sort field (or of the work id, {@link IndexFields#ID_ORDER}). */
  static Column of(LeafReader segment, String field) {
    var helper =
        COUNTERS.contains(field) ? segment.getReaderCacheHelper() : segment.getCoreCacheHelper();
    if (helper == null) {
      return read(segment, field);
    }
    ConcurrentMap<String, Column> columns =
        (COUNTERS.contains(field) ? BY_READER : BY_CORE)
            .get(helper.getKey(), key -> new ConcurrentHashMap<>());
    return columns.computeIfAbsent(field, f -> read(segment, f));
  }

  /** A segment's titles or creators by ordinal, for the few results compared across segments. */
  static final class Strings {
    private final SortedDocValues values;

    private Strings(SortedDocValues values) {
      this.values = values;
    }

    /** The string of an ordinal (null for a document without), copied. */
    @Nullable BytesRef of(long ord) {
      try {
        return ord < 0 ? null : BytesRef.deepCopyOf(values.lookupOrd((int) ord));
      } catch (IOException e) {
        throw new UncheckedIOException("Reading a sort key failed", e);
      }
    }
  }

  static Strings strings(LeafReader segment, String field) {
    try {
      return new Strings(DocValues.getSorted(segment, field));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a sort key failed", e);
    }
  }

  /** Whether the field has a column here (the work id aside): every sort key but the score. */
  static boolean has(@Nullable String field) {
    return field != null
        && (STRINGS.contains(field) || COUNTERS.contains(field) || POINTS.contains(field));
  }

  static boolean isString(String field) {
    return STRINGS.contains(field);
  }

  private static Column read(LeafReader segment, String field) {
    try {
      int maxDoc = segment.maxDoc();
      long[] values = new long[maxDoc];
      boolean fitsInts = true;
      if (STRINGS.contains(field)) {
        SortedDocValues ords = DocValues.getSorted(segment, field);
        java.util.Arrays.fill(values, -1); // no value sorts first, as Lucene's string sort does
        for (int doc = ords.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ords.nextDoc()) {
          values[doc] = ords.ordValue();
        }
      } else {
        NumericDocValues numbers = numbers(segment, field);
        for (int doc = numbers.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = numbers.nextDoc()) {
          values[doc] = numbers.longValue();
          fitsInts &= values[doc] == (int) values[doc];
        }
      }
      if (!fitsInts) {
        return new Column(null, values);
      }
      int[] ints = new int[maxDoc];
      for (int doc = 0; doc < maxDoc; doc++) {
        ints[doc] = (int) values[doc];
      }
      return new Column(ints, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a sort key failed", e);
    }
  }

  private static NumericDocValues numbers(LeafReader segment, String field) throws IOException {
    if (!POINTS.contains(field)) {
      return DocValues.getNumeric(segment, field); // the counters and the work id
    }
    NumericDocValues single = DocValues.unwrapSingleton(DocValues.getSortedNumeric(segment, field));
    if (single == null) {
      throw new IllegalStateException("'" + field + "' has more than one value in a document");
    }
    return single;
  }
}
