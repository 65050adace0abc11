package org.quire.works;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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

  /**
   * Takes the arrays over (the caller must not change them after).
   *
   * @param tagIds distinct tag ids
   * @param counts each tag's count
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
   * position order); fewer when fewer tags are counted. A heap of {@code limit} entries: most
   * counts are smaller than its least and are passed over with one comparison, where sorting them
   * all took longer than the search.
   */
  public int[] largest(int limit) {
    long[] heap = new long[Math.min(limit, tagIds.length)];
    int size = 0;
    for (int i = 0; i < tagIds.length; i++) {
      if (counts[i] == 0) {
        continue;
      }
      long key = key(i);
      if (size < heap.length) {
        heap[size++] = key;
        siftUp(heap, size - 1);
      } else if (size > 0 && key > heap[0]) {
        heap[0] = key;
        siftDown(heap, 0, size);
      }
    }
    long[] kept = Arrays.copyOf(heap, size);
    Arrays.sort(kept);
    int[] positions = new int[size];
    for (int i = 0; i < size; i++) {
      positions[i] = Integer.MAX_VALUE - (int) kept[size - 1 - i];
    }
    return positions;
  }

  // The count in the high half, the inverted position in the low: larger means ranked earlier.
  private long key(int position) {
    return ((long) counts[position] << 32) | (Integer.MAX_VALUE - position);
  }

  private static void siftUp(long[] heap, int i) {
    long value = heap[i];
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (heap[parent] <= value) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = value;
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
      if (counts[i] > 0) {
        map.put(tagIds[i], (long) counts[i]);
      }
    }
    return map;
  }
}
