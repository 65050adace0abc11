package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.listings.IndexHits;
import org.quire.listings.IndexQuery;
import org.quire.listings.ListingQuery;
import org.quire.listings.WorkIndex;
import org.quire.tags.TagDirectory;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.works.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Every way of reaching a page (collecting the results before it, following the previous page's
 * cursor, walking there in steps) gives the same works, and together the pages give each work
 * exactly once, in order.
 */
class DeepPagingTest extends IntegrationTest {
  @Autowired SearchIndex searchIndex;
  @Autowired WorkIndex index;
  @Autowired TagDirectory tags;

  @Test
  void pagesReachedByCursorsAndWalksAreThePagesReachedByCollecting() {
    String fandom = "Paging Fandom " + Api.unique("");
    Api writer = api.as(api.signUpAndToken(Api.unique("pager")));
    List<Long> posted = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      // Ties on title: the id decides.
      posted.add(
          work("Page work " + (i % 4)).fandom(fandom).text("word ".repeat(10 + i)).post(writer));
    }
    // Pages asked last to first: no cursor is known, so each deep page is walked to.
    LuceneWorkIndex walking = new LuceneWorkIndex(searchIndex, 2, 3, 1_000, false);
    // Pages asked in order: each page starts from the cursor the previous one left (the first
    // from one a page answered from bit sets left).
    LuceneWorkIndex following = new LuceneWorkIndex(searchIndex, 2, 3, 1_000, true);
    List<Long> seen = new ArrayList<>();
    for (int page = 6; page >= 1; page--) {
      String query =
          "/api/v1/works?sort=title&perPage=5&page=" + page + "&tag=" + fandom.replace(" ", "+");
      JsonNode json = api.get(query).json();
      List<Long> overHttp = new ArrayList<>();
      json.path("items").forEach(item -> overHttp.add(item.path("id").asLong()));
      LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
      params.add("sort", "title");
      params.add("perPage", "5");
      params.add("page", Integer.toString(page));
      IndexQuery resolved =
          new IndexQuery(
              ListingQuery.parse(params, Instant.now()),
              List.of(tags.filterTagOf(fandom).orElseThrow().id()),
              List.of(),
              null,
              List.of(),
              Audience.everyone());
      IndexHits walked = walking.find(resolved).orElseThrow();
      IndexHits collected = index.find(resolved).orElseThrow();
      IndexHits followed = following.find(withPage(resolved, 7 - page)).orElseThrow();
      assertThat(walked.workIds()).as("page %d walked", page).isEqualTo(collected.workIds());
      assertThat(followed.workIds())
          .as("page %d followed", 7 - page)
          .isEqualTo(index.find(withPage(resolved, 7 - page)).orElseThrow().workIds());
      assertThat(overHttp).as("page %d over HTTP", page).isEqualTo(collected.workIds());
      assertThat(walked.total()).isEqualTo(23);
      seen.addAll(collected.workIds());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(posted);
    JsonNode pastTheEnd =
        api.get("/api/v1/works?perPage=5&page=9&tag=" + fandom.replace(" ", "+")).json();
    assertThat(pastTheEnd.path("items").size()).isZero();
    assertThat(pastTheEnd.path("total").asLong()).isEqualTo(23);
    assertThat(seen).doesNotHaveDuplicates();
  }

  @Test
  void totalsCountedApartFromThePageAreExact() {
    String fandom = "Counted Fandom " + Api.unique("");
    Api writer = api.as(api.signUpAndToken(Api.unique("counter")));
    for (int i = 0; i < 12; i++) {
      work("Counted work " + i)
          .warnings(i % 3 == 0 ? "Major Character Death" : "No Archive Warnings Apply")
          .fandom(fandom)
          .text("word ".repeat(10 + (i * 7) % 12))
          .post(writer);
    }
    // Two matches are counted while collecting; the rest of each total is counted apart.
    LuceneWorkIndex apart = new LuceneWorkIndex(searchIndex, 1_000, 10_000, 2, false);
    long fandomId = tags.filterTagOf(fandom).orElseThrow().id();
    long death = tags.filterTagOf("Major Character Death").orElseThrow().id();
    for (String sort : List.of("updated", "posted", "words", "kudos")) {
      for (int page = 1; page <= 3; page++) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("sort", sort);
        params.add("perPage", "3");
        params.add("page", Integer.toString(page));
        IndexQuery query =
            new IndexQuery(
                ListingQuery.parse(params, Instant.now()),
                List.of(fandomId),
                List.of(death),
                null,
                List.of(),
                Audience.everyone());
        IndexHits counted = apart.find(query).orElseThrow();
        IndexHits together = index.find(query).orElseThrow();
        assertThat(counted.total()).as("%s page %d", sort, page).isEqualTo(8);
        assertThat(counted.workIds()).as("%s page %d", sort, page).isEqualTo(together.workIds());
        assertThat(counted.workIds()).hasSize(page < 3 ? 3 : 2);
      }
    }
  }

  private static IndexQuery withPage(IndexQuery query, int page) {
    LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add("sort", "title");
    params.add("perPage", "5");
    params.add("page", Integer.toString(page));
    return new IndexQuery(
        ListingQuery.parse(params, Instant.now()),
        query.requiredTagIds(),
        List.of(),
        null,
        List.of(),
        Audience.everyone());
  }
}
