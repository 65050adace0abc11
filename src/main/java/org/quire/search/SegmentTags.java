package org.quire.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * A segment's filter tags, document by document, in two plain arrays (the segment's ordinals of
 * document d are {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]}), and how many of its
 * documents carry each tag. Facet counting reads these instead of the doc values: decoding those
 * cost about fifteen nanoseconds a value, most of a broad listing's time, and an array read is a
 * few. The tags on many of a large segment's documents (ratings, warnings, categories, the popular
 * fandoms and freeforms: a hundred tags with a third of all the taggings at a million works) are
 * kept apart as a bit set each ({@code denseOrds}, {@code denseDocs}), which counting intersects
 * with the matches a word at a time, and left out of the arrays. Tag ordinals never change in a
 * segment (only counters are updated in place), so all of it is kept for as long as the segment's
 * core lives: about four bytes per tag of every work.
 */
final class SegmentTags {
  // Weak keys: a segment merged away takes its arrays with it; the weight bounds the rest.
  private static final Cache<Object, SegmentTags> BY_CORE =
      Caffeine.newBuilder()
          .weakKeys()
          .maximumWeight(64L << 20) // ints: 256 MB, about 2.5 million works' tags
          .weigher((Object core, SegmentTags tags) -> tags.weight())
          .build();

  /** Segments smaller than this keep every tag in the arrays. */
  static final int MIN_DENSE_SEGMENT = 4_096;

  final int[] starts;
  final int[] ords;
  final int[] wholeCounts;
  final int[] denseOrds;
  final FixedBitSet[] denseDocs;

  private SegmentTags(
      int[] starts, int[] ords, int[] wholeCounts, int[] denseOrds, FixedBitSet[] denseDocs) {
    this.starts = starts;
    this.ords = ords;
    this.wholeCounts = wholeCounts;
    this.denseOrds = denseOrds;
    this.denseDocs = denseDocs;
  }

  /** This segment's tags; do not change the arrays. */
  static SegmentTags of(LeafReader segment) {
    var helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return read(segment);
    }
    return BY_CORE.get(helper.getKey(), key -> read(segment));
  }

  // The dense tags' sets are listings' too, and weighed there (SegmentBits).
  private int weight() {
    return starts.length + ords.length + wholeCounts.length;
  }

  private static SegmentTags read(LeafReader segment) {
    try {
      int maxDoc = segment.maxDoc();
      SortedSetDocValues tags = DocValues.getSortedSet(segment, IndexFields.FILTER_TAG);
      int[] starts = new int[maxDoc + 1];
      int[] ords = new int[Math.max(16, maxDoc * 16)];
      int[] counts = new int[Math.toIntExact(tags.getValueCount())];
      int n = 0;
      int next = 0; // documents before this one have their starts set
      for (int doc = tags.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = tags.nextDoc()) {
        while (next <= doc) {
          starts[next++] = n;
        }
        int count = tags.docValueCount();
        if (n + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + ords.length / 2));
        }
        for (int i = 0; i < count; i++) {
          int ord = (int) tags.nextOrd();
          ords[n++] = ord;
          counts[ord]++;
        }
      }
      while (next <= maxDoc) {
        starts[next++] = n;
      }
      return apart(segment, tags, starts, Arrays.copyOf(ords, n), counts);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a segment's tags failed", e);
    }
  }

  /**
   * Takes apart the tags on at least a {@link SegmentBits#DENSE_FRACTION} of the segment, using the
   * bit sets listings keep of them ({@link SegmentBits#docs}).
   */
  private static SegmentTags apart(
      LeafReader segment, SortedSetDocValues tags, int[] starts, int[] ords, int[] counts)
      throws IOException {
    int maxDoc = segment.maxDoc();
    int least = Math.max(1, maxDoc / SegmentBits.DENSE_FRACTION);
    List<Integer> dense = new ArrayList<>();
    List<FixedBitSet> docs = new ArrayList<>();
    for (int ord = 0; maxDoc >= MIN_DENSE_SEGMENT && ord < counts.length; ord++) {
      if (counts[ord] >= least) {
        Term term = new Term(IndexFields.FILTER_TAG, BytesRef.deepCopyOf(tags.lookupOrd(ord)));
        if (SegmentBits.docs(segment, term) instanceof FixedBitSet kept) {
          dense.add(ord);
          docs.add(kept);
        }
      }
    }
    int[] denseOrds = dense.stream().mapToInt(Integer::intValue).toArray();
    if (denseOrds.length == 0) {
      return new SegmentTags(starts, ords, counts, denseOrds, new FixedBitSet[0]);
    }
    boolean[] isDense = new boolean[counts.length];
    for (int ord : denseOrds) {
      isDense[ord] = true;
    }
    int n = 0;
    int from = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      int end = starts[doc + 1];
      starts[doc] = n;
      for (int i = from; i < end; i++) {
        if (!isDense[ords[i]]) {
          ords[n++] = ords[i]; // n never passes i: the arrays shrink in place
        }
      }
      from = end;
    }
    starts[maxDoc] = n;
    return new SegmentTags(
        starts, Arrays.copyOf(ords, n), counts, denseOrds, docs.toArray(FixedBitSet[]::new));
  }
}
