package org.quire.listings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Exact facet counts of a listing: for tags by position, how many of its works carry each (a tag no
 * work of the listing carries may be there with a count of 0). Two parallel arrays rather than a
 * map: a broad listing of a large archive counts hundreds of thousands of tags, and boxing them
 * into a map cost more than counting them.
 */
public final class TagCounts {
  /** No tags counted. */
  public static final TagCounts EMPTY = new TagCounts(new long[0], new int[0]);

  private final long[] tagIds;
  private final int[] counts;
  private @Nullable Consumer<int[]> lender;

  /**
   * Takes the arrays over (the caller must not change them after).
   *
   * @param tagIds distinct tag ids
   * @param counts each tag's count
   */
  public TagCounts(long[] tagIds, int[] counts) {
    this(tagIds, counts, null);
  }

  /**
   * Counts in an array lent by the index, which {@link #release()} gives back: a broad listing's
   * array has a place for every tag of the archive (megabytes at a million works), and allocating
   * one per listing made the collector's pauses more frequent.
   */
  public TagCounts(long[] tagIds, int[] counts, @Nullable Consumer<int[]> lender) {
    if (tagIds.length != counts.length) {
      throw new IllegalArgumentException("one count per tag");
    }
    this.tagIds = tagIds;
    this.counts = counts;
    this.lender = lender;
  }

  /** Gives a lent array back once the counts are read; they must not be read after. */
  public void release() {
    Consumer<int[]> giveBack = lender;
    lender = null;
    if (giveBack != null) {
      giveBack.accept(counts);
    }
  }

  /** The same counts from a map of tag id to count. */
  public static TagCounts of(Map<Long, Long> byTag) {
    long[] ids = new long[byTag.size()];
    int[] counts = new int[byTag.size()];
    int i = 0;
    for (Map.Entry<Long, Long> entry : byTag.entrySet()) {
      ids[i] = entry.getKey();
      counts[i++] = Math.toIntExact(entry.getValue());
    }
    return new TagCounts(ids, counts);
  }

  /** How many positions there are (tags with a count of 0 included). */
  public int size() {
    return tagIds.length;
  }

  public long tagId(int position) {
    return tagIds[position];
  }

  public int count(int position) {
    return counts[position];
  }

  /** The count of one tag, 0 when no work carries it (a scan: for a few tags, not for many). */
  public int countOf(long tagId) {
    for (int i = 0; i < tagIds.length; i++) {
      if (tagIds[i] == tagId) {
        return counts[i];
      }
    }
    return 0;
  }

  /**
   * The positions of the {@code limit} largest counts above 0, largest first (equal counts in
   * position order); fewer when fewer tags are counted. A broad listing counts hundreds of
   * thousands of tags: a histogram of the counts finds the least count that makes the cut, and only
   * the tags at or above it are sorted.
   */
  public int[] largest(int limit) {
    int least = leastKept(limit);
    int kept = 0;
    for (int count : counts) {
      if (count >= least) {
        kept++;
      }
    }
    long[] keys = new long[kept];
    int n = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] >= least) {
        keys[n++] = key(i);
      }
    }
    Arrays.sort(keys);
    int size = Math.min(limit, kept);
    int[] positions = new int[size];
    for (int i = 0; i < size; i++) {
      positions[i] = Integer.MAX_VALUE - (int) keys[kept - 1 - i];
    }
    return positions;
  }

  /**
   * The least count (at least 1) that the {@code limit} largest reach: from a histogram of the
   * counts below {@link #HISTOGRAM}, or 1 when fewer are counted. Past the histogram (a limit that
   * many tags each of so many works fill) it is the histogram's end.
   */
  private int leastKept(int limit) {
    int[] histogram = new int[HISTOGRAM + 1];
    for (int count : counts) {
      histogram[Math.min(count, HISTOGRAM)]++;
    }
    int reached = 0;
    for (int count = HISTOGRAM; count >= 1; count--) {
      reached += histogram[count];
      if (reached >= limit) {
        return count;
      }
    }
    return 1;
  }

  private static final int HISTOGRAM = 1 << 16;

  // The count in the high half, the inverted position in the low: larger means ranked earlier.
  private long key(int position) {
    return ((long) counts[position] << 32) | (Integer.MAX_VALUE - position);
  }

  /** The counts as a map, for comparing two answers. */
  public Map<Long, Long> asMap() {
    Map<Long, Long> map = new HashMap<>();
    for (int i = 0; i < tagIds.length; i++) {
      if (counts[i] > 0) {
        map.put(tagIds[i], (long) counts[i]);
      }
    }
    return map;
  }
}
