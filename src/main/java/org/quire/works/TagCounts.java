package org.quire.works;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Exact facet counts of a listing: for every tag carried by at least one of its works, how many
 * carry it. Two parallel arrays rather than a map: a broad listing of a large archive counts
 * hundreds of thousands of tags, and boxing them into a map cost more than counting them.
 */
public final class TagCounts {
  /** No tags counted. */
  public static final TagCounts EMPTY = new TagCounts(new long[0], new int[0]);

  private final long[] tagIds;
  private final int[] counts;

  /**
   * Takes the arrays over (the caller must not change them after).
   *
   * @param tagIds distinct tag ids
   * @param counts each tag's count, greater than zero
   */
  public TagCounts(long[] tagIds, int[] counts) {
    if (tagIds.length != counts.length) {
      throw new IllegalArgumentException("one count per tag");
    }
    this.tagIds = tagIds;
    this.counts = counts;
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

  /** How many tags are counted. */
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
   * The positions of the {@code limit} largest counts, largest first (equal counts in position
   * order). A heap of {@code limit} entries: most counts are smaller than its least and are passed
   * over with one comparison, where sorting them all took longer than the search.
   */
  public int[] largest(int limit) {
    int k = Math.min(limit, tagIds.length);
    if (k == 0) {
      return new int[0];
    }
    // count in the high half, the inverted position in the low: larger means ranked earlier.
    long[] heap = new long[k];
    for (int i = 0; i < k; i++) {
      heap[i] = key(i);
    }
    for (int i = k / 2 - 1; i >= 0; i--) {
      siftDown(heap, i, k);
    }
    for (int i = k; i < tagIds.length; i++) {
      long key = key(i);
      if (key > heap[0]) {
        heap[0] = key;
        siftDown(heap, 0, k);
      }
    }
    Arrays.sort(heap);
    int[] positions = new int[k];
    for (int i = 0; i < k; i++) {
      positions[i] = Integer.MAX_VALUE - (int) heap[k - 1 - i];
    }
    return positions;
  }

  private long key(int position) {
    return ((long) counts[position] << 32) | (Integer.MAX_VALUE - position);
  }

  /** Restores the min-heap below {@code i}. */
  private static void siftDown(long[] heap, int i, int size) {
    long value = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= value) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = value;
  }

  /** The counts as a map, for comparing two answers. */
  public Map<Long, Long> asMap() {
    Map<Long, Long> map = new HashMap<>();
    for (int i = 0; i < tagIds.length; i++) {
      map.put(tagIds[i], (long) counts[i]);
    }
    return map;
  }
}
