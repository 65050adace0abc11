package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.accounts.Viewer;
import org.quire.listings.IndexHits;
import org.quire.listings.IndexQuery;
import org.quire.listings.ListingQuery;
import org.quire.listings.WorkDocument;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.quire.works.Audience;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Listings answered from bit sets and sort columns give what Lucene's collectors give: the same
 * works in the same order on every page, the same totals and the same facet counts, over several
 * segments with deleted works, counters updated in place, ties on every sort key, and every kind of
 * filter a listing has.
 */
class BitSetListingTest {
  private static final int WORKS = 7_000;
  private static final int TAGS = 120;
  private static final List<String> SORTS =
      List.of(
          "updated",
          "posted",
          "words",
          "kudos",
          "hits",
          "comments",
          "bookmarks",
          "title",
          "creator",
          "relevance");

  @TempDir Path root;

  @Test
  void pagesTotalsAndFacetsAreTheCollectorsOnes() throws Exception {
    Random random = new Random(42);
    // Searches shared among threads as on a large archive, so that slices' counts are merged.
    try (SearchIndex index = new SearchIndex(root, 1_000)) {
      index.ready(true);
      List<WorkDocument> works = new ArrayList<>();
      for (int id = 1; id <= WORKS; id++) {
        works.add(work(random, id));
        // One large segment (where facets count common tags from bit sets), then small ones.
        if (id == 5_000 || (id > 5_000 && id % 400 == 0)) {
          index.upsert(works);
          index.refresh();
          works.clear();
        }
      }
      index.upsert(works);
      changeCountsAndDelete(index, random, List.of(3L, 500L, 501L, 1_777L, 2_999L, 5_001L, 6_999L));

      LuceneWorkIndex bitSets = new LuceneWorkIndex(index, 1_000, 10_000, 1_000, true);
      LuceneWorkIndex collectors = new LuceneWorkIndex(index, 1_000, 10_000, 1_000, false);
      int nonEmpty = 0;
      for (int i = 0; i < 800; i++) {
        if (i == 500) { // what was kept of the segments must follow new counters and deletions
          changeCountsAndDelete(index, random, List.of(4L, 1_000L, 5_002L, 6_500L));
        }
        IndexQuery query = query(random);
        IndexHits fromBits = bitSets.find(query).orElseThrow();
        IndexHits collected = collectors.find(query).orElseThrow();
        String what = describe(query);
        assertThat(fromBits.workIds()).as(what).isEqualTo(collected.workIds());
        assertThat(fromBits.total()).as(what).isEqualTo(collected.total());
        if (query.listing().facets()) {
          assertThat(fromBits.tagCounts().asMap())
              .as(what)
              .isEqualTo(collected.tagCounts().asMap());
          // Each count is the total of the same listing that also requires the tag.
          for (long tag :
              List.of(
                  1L,
                  2L,
                  4L,
                  5L,
                  9L,
                  30L,
                  1L + random.nextInt(TAGS),
                  1_000L + random.nextInt(20_000))) {
            List<Long> required = new ArrayList<>(query.requiredTagIds());
            required.add(tag);
            IndexQuery withTag =
                new IndexQuery(
                    query.listing(),
                    required,
                    query.excludedTagIds(),
                    query.creatorAccountId(),
                    query.excludedCreatorIds(),
                    query.audience());
            assertThat((long) fromBits.tagCounts().countOf(tag))
                .as("tag %d in %s", tag, what)
                .isEqualTo(collectors.find(withTag).orElseThrow().total());
          }
        }
        if (!collected.workIds().isEmpty()) {
          nonEmpty++;
        }
      }
      assertThat(nonEmpty).as("listings with results").isGreaterThan(350);
    }
  }

  private static void changeCountsAndDelete(SearchIndex index, Random random, List<Long> deleted)
      throws Exception {
    index.delete(deleted);
    Map<Long, WorkDocument.Counts> counts = new HashMap<>();
    for (long id = 10 + random.nextInt(7); id < WORKS; id += 7) {
      counts.put(id, new WorkDocument.Counts(random.nextInt(50), random.nextInt(9), 0, 1));
    }
    index.updateCounts(counts);
    index.refresh();
  }

  private static WorkDocument work(Random random, long id) {
    List<Long> tags = new ArrayList<>();
    tags.add(1L + random.nextInt(3)); // a rating: every work has one, as on the archive
    for (long tag = 4; tag <= TAGS; tag++) {
      // Tag t is on about 1 / (t - 3) of the works: a few dense, many rare.
      if (random.nextInt((int) tag - 3) == 0) {
        tags.add(tag);
      }
    }
    for (int i = 0; i < 3; i++) { // the long tail: tags a handful of works carry
      long rare = 1_000L + random.nextInt(20_000);
      if (!tags.contains(rare)) {
        tags.add(rare);
      }
    }
    List<TagRef> refs =
        tags.stream().map(t -> new TagRef(t, "Tag " + t, TagType.Freeform)).toList();
    Instant posted =
        Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(500) * 3_600L);
    int account = random.nextInt(40);
    String creator = "creator" + account;
    return new WorkDocument(
        id,
        "Title " + random.nextInt(200), // ties on title
        "summary",
        "",
        random.nextInt(10) == 0 ? "fr" : "en",
        random.nextInt(20) == 0,
        random.nextBoolean(),
        random.nextInt(20) == 0,
        random.nextInt(300),
        1 + random.nextInt(5),
        posted,
        posted.plusSeconds(random.nextInt(3) * 3_600L),
        new WorkDocument.Counts(random.nextInt(30), random.nextInt(5), random.nextInt(3), 0),
        random.nextInt(15) == 0 ? List.of() : List.of(creator),
        List.of((long) account),
        List.of("user" + account),
        refs,
        tags);
  }

  private static IndexQuery query(Random random) {
    LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add("sort", SORTS.get(random.nextInt(SORTS.size())));
    params.add("order", random.nextBoolean() ? "asc" : "desc");
    params.add("perPage", Integer.toString(List.of(1, 5, 20, 100).get(random.nextInt(4))));
    params.add("page", Integer.toString(1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 4)));
    if (random.nextInt(4) == 0) {
      params.add("complete", Boolean.toString(random.nextBoolean()));
    }
    if (random.nextInt(5) == 0) {
      params.add("words", random.nextBoolean() ? "<150" : "20-250");
    }
    if (random.nextInt(8) == 0) {
      params.add("kudos", ">2");
    }
    if (random.nextInt(8) == 0) {
      params.add("updated", random.nextBoolean() ? "2020-01-05..2020-01-12" : ">2020-01-15");
    }
    if (random.nextInt(8) == 0) {
      params.add("hits", random.nextBoolean() ? "<10" : "5-25");
    }
    if (random.nextInt(8) == 0) {
      params.add("language", "fr");
    }
    if (random.nextInt(8) == 0) {
      params.add("q", "summary");
    }
    if (random.nextInt(3) == 0) {
      params.add("facets", "true");
    }
    List<Long> required = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      required.add(tag(random));
    }
    List<Long> excluded = new ArrayList<>();
    for (int n = random.nextInt(5); n > 0; n--) {
      excluded.add(tag(random));
    }
    List<Long> mutedCreators =
        random.nextInt(4) == 0 ? List.of((long) random.nextInt(40)) : List.<Long>of();
    return new IndexQuery(
        ListingQuery.parse(params, Instant.now()),
        required,
        excluded,
        random.nextInt(10) == 0 ? (long) random.nextInt(40) : null,
        mutedCreators,
        random.nextInt(3) == 0
            ? Audience.of(new Viewer(1L, "reader", Set.of()))
            : Audience.everyone());
  }

  /** Mostly the common tags, as readers' filters are (ratings, warnings), sometimes a rare one. */
  private static long tag(Random random) {
    return random.nextInt(3) == 0 ? 1 + random.nextInt(TAGS) : 1 + random.nextInt(12);
  }

  private static String describe(IndexQuery query) {
    return query.listing() + " required " + query.requiredTagIds() + " excluded " + query;
  }
}
