package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The largest counts come out as a full sort would give them, whatever the limit, and tags counted
 * 0 never do.
 */
class TagCountsTest {

  @Test
  void largestCountsComeFirstAndTiesKeepTheirOrder() {
    Random random = new Random(7);
    int size = 5_000;
    long[] ids = new long[size];
    int[] counts = new int[size];
    for (int i = 0; i < size; i++) {
      ids[i] = 1_000 + i;
      // many ties among the small ones, and some tags no work carries
      counts[i] = i % 7 == 3 ? 0 : 1 + (int) (Math.pow(random.nextDouble(), 4) * 900);
      if (i % 97 == 5) { // tags of a huge listing, some beyond the histogram of counts
        counts[i] = 65_000 + random.nextInt(2) * random.nextInt(3_000);
      }
    }
    TagCounts tagCounts = new TagCounts(ids, counts);
    int[] sorted =
        IntStream.range(0, size)
            .filter(i -> counts[i] > 0)
            .boxed()
            .sorted(Comparator.comparingInt((Integer i) -> -counts[i]).thenComparingInt(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int limit : new int[] {1, 10, 100, 4_096, size, size * 2}) {
      int[] largest = tagCounts.largest(limit);
      assertThat(largest)
          .as("limit %d", limit)
          .containsExactly(java.util.Arrays.copyOf(sorted, Math.min(limit, sorted.length)));
    }
    assertThat(TagCounts.EMPTY.largest(10)).isEmpty();
    assertThat(tagCounts.countOf(1_003)).isEqualTo(counts[3]);
    assertThat(tagCounts.countOf(7)).isZero();
    assertThat(tagCounts.asMap()).doesNotContainKey(1_003L).hasSize(sorted.length);
  }
}
