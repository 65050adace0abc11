package org.quire.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The filter tags of one index version numbered across all its segments ("global ordinals"), with
 * the tag id of each number: facet counting then adds into one array and reads each tag's id once,
 * instead of looking up every counted value of every segment in its terms dictionary.
 *
 * <p>Built on the first facet count of a reader and kept while its segments live: a counter update
 * (hits, kudos) changes no segment's terms, so the numbering survives it.
 */
final class TagOrdinals {
  // Keyed on the segments' core keys, which counter updates keep and merges or new works change.
  private static final Cache<List<Object>, TagOrdinals> BY_SEGMENTS =
      Caffeine.newBuilder().maximumSize(4).build();

  private final int[][] globalBySegment;
  private final long[] tagIds;

  // Count arrays of this numbering's size, zeroed, for the next facet counts: a broad listing's
  // arrays were most of what a listing allocated, and so of its young collections. A listing
  // borrows one per slice and one per segment being counted (two and two on two cores).
  private final ArrayBlockingQueue<int[]> spare = new ArrayBlockingQueue<>(8);

  private TagOrdinals(int[][] globalBySegment, long[] tagIds) {
    this.globalBySegment = globalBySegment;
    this.tagIds = tagIds;
  }

  static TagOrdinals of(IndexReader reader) throws IOException {
    List<Object> key = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      var helper = leaf.reader().getCoreCacheHelper();
      key.add(helper == null ? leaf.reader() : helper.getKey());
    }
    TagOrdinals cached = BY_SEGMENTS.getIfPresent(key);
    if (cached == null) {
      cached = build(reader);
      BY_SEGMENTS.put(key, cached);
    }
    return cached;
  }

  private static TagOrdinals build(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    long[][] segmentIds = new long[leaves.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSortedSet(leaves.get(i).reader(), IndexFields.FILTER_TAG);
      segmentIds[i] = ids(DocValues.getSortedSet(leaves.get(i).reader(), IndexFields.FILTER_TAG));
    }
    OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
    long[] tagIds = new long[Math.toIntExact(map.getValueCount())];
    for (int global = 0; global < tagIds.length; global++) {
      tagIds[global] =
          segmentIds[map.getFirstSegmentNumber(global)][(int) map.getFirstSegmentOrd(global)];
    }
    // Each segment's mapping as a plain array: the ordinal map's packed lookups, made for every
    // counted tag of every segment, were half the time of a broad listing's facets.
    int[][] globalBySegment = new int[leaves.size()][];
    for (int i = 0; i < leaves.size(); i++) {
      LongValues global = map.getGlobalOrds(i);
      int[] mapping = new int[segmentIds[i].length];
      for (int ord = 0; ord < mapping.length; ord++) {
        mapping[ord] = (int) global.get(ord);
      }
      globalBySegment[i] = mapping;
    }
    return new TagOrdinals(globalBySegment, tagIds);
  }

  /** Each ordinal's tag id in one segment, read in one pass over its terms. */
  private static long[] ids(SortedSetDocValues values) throws IOException {
    long[] ids = new long[Math.toIntExact(values.getValueCount())];
    TermsEnum terms = values.termsEnum();
    int ord = 0;
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      ids[ord++] = Long.parseLong(term.utf8ToString());
    }
    return ids;
  }

  int size() {
    return tagIds.length;
  }

  /** A zeroed array of {@link #size()} counts. */
  int[] borrowCounts() {
    int[] counts = spare.poll();
    return counts != null ? counts : new int[tagIds.length];
  }

  /** Takes back an array from {@link #borrowCounts()} that is no longer used. */
  void giveBack(int[] counts) {
    Arrays.fill(counts, 0);
    spare.offer(counts);
  }

  /** Takes back an array that the caller has set to zeros again (cheaper than clearing it all). */
  void giveBackZeroed(int[] counts) {
    spare.offer(counts);
  }

  /** Each global ordinal's tag id; do not change the array. */
  long[] tagIds() {
    return tagIds;
  }

  /** The global ordinal of each of a segment's ordinals; do not change the array. */
  int[] globalOrdinals(int segment) {
    return globalBySegment[segment];
  }

  long tagId(int globalOrdinal) {
    return tagIds[globalOrdinal];
  }
}
