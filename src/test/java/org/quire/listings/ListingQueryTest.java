package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quire.platform.ApiException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The listing parameters as read: count ranges, the query's shortcuts and the default sort. */
class ListingQueryTest {
  private static ListingQuery parse(String... pairs) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.add(pairs[i], pairs[i + 1]);
    }
    return ListingQuery.parse(params, Instant.parse("2026-03-18T15:20:00Z"));
  }

  @Test
  void aTextQueryIsOrderedByRelevanceUnlessASortIsAsked() {
    assertThat(parse().sort()).isEqualTo(SortKey.UPDATED);
    assertThat(parse("q", "dragons").sort()).isEqualTo(SortKey.RELEVANCE);
    assertThat(parse("q", "dragons").ascending()).isFalse();
    assertThat(parse("text", "dragons").sort()).isEqualTo(SortKey.RELEVANCE);
    assertThat(parse("q", "dragons", "sort", "kudos").sort()).isEqualTo(SortKey.KUDOS);
    assertThat(parse("q", "dragons sort:kudos").sort()).isEqualTo(SortKey.KUDOS);
    // Only shortcuts: no words to rank by.
    assertThat(parse("q", "kudos>10").sort()).isEqualTo(SortKey.UPDATED);
    assertThat(parse("q", "sort:<hits").sort()).isEqualTo(SortKey.HITS);
    assertThat(parse("q", "sort:>hits").ascending()).isTrue();
  }

  @Test
  void commentAndBookmarkCountsAreRanges() {
    assertThat(parse("comments", ">5").comments()).isEqualTo(new Range(6L, null));
    assertThat(parse("bookmarks", "2-3").bookmarks()).isEqualTo(new Range(2L, 3L));
    assertThat(parse("q", "pumpkins comments<10").comments()).isEqualTo(new Range(null, 9L));
    assertThat(parse("q", "bookmark count > 4").bookmarks()).isEqualTo(new Range(5L, null));
    assertThat(parse("q", "hit count > 50").hits()).isEqualTo(new Range(51L, null));
    assertThat(parse("q", "word count > 1000").words()).isEqualTo(new Range(1001L, null));
    // An explicit parameter wins over the query's shortcut.
    assertThat(parse("q", "comments<10", "comments", "1").comments()).isEqualTo(new Range(1L, 1L));
    for (String bad : new String[] {"comments", "bookmarks"}) {
      assertThatThrownBy(() -> parse(bad, "lots"))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status().value()).isEqualTo(400);
                assertThat(e.getMessage()).contains(bad);
              });
    }
  }

  @Test
  void anUnknownSortInTheQueryIsRefused() {
    assertThatThrownBy(() -> parse("q", "sort:popularity"))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
  }
}
