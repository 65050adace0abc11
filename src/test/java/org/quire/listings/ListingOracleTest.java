package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quire.tags.TagType;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.Picks;
import org.quire.works.WorkCountsChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Posts a few hundred works with random tags, languages, crossovers and comment and bookmark
 * counts, then checks random listings (results in order, totals and facet counts; count filters and
 * sorts given as parameters or in AO3's spellings inside {@code q}) against an independent
 * computation over what was posted. Any engine that answers {@code GET /api/v1/works} must pass
 * this.
 */
class ListingOracleTest extends IntegrationTest {
  private static final int WORKS = 240;
  private static final int QUERIES = 60;
  private static final List<String> COUNT_SORTS = List.of("words", "comments", "bookmarks");

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  /** What the test knows of a posted work. */
  record Posted(
      long id,
      boolean restricted,
      boolean complete,
      int words,
      Set<String> filters,
      String rating,
      String language,
      boolean crossover,
      int comments,
      int bookmarks) {}

  @Test
  void randomListingsMatchAnIndependentComputation() throws Exception {
    Random random = new Random(20261122);
    String run = Api.unique("");
    String fandom = "Oracle Fandom " + run;
    String otherFandom = "Oracle Other Fandom " + run;
    List<String> freeforms = new ArrayList<>();
    List<String> characters = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      freeforms.add("Oracle Tag " + i + " " + run);
    }
    for (int i = 0; i < 5; i++) {
      characters.add("Oracle Character " + i + " " + run);
    }
    Api writer = api.as(api.signUpAndToken(Api.unique("oracle")));
    List<Posted> posted = new ArrayList<>();
    for (int n = 0; n < WORKS; n++) {
      Map<String, Object> body = new HashMap<>();
      String rating = Picks.pick(random, TagType.RATINGS);
      List<String> warnings = Picks.some(random, TagType.WARNINGS, 1, 2);
      List<String> categories = Picks.some(random, TagType.CATEGORIES, 0, 2);
      List<String> myFreeforms = Picks.some(random, freeforms, 0, 4);
      List<String> myCharacters = Picks.some(random, characters, 0, 3);
      boolean restricted = random.nextInt(10) == 0;
      boolean draft = random.nextInt(20) == 0;
      boolean complete = random.nextBoolean();
      body.put("title", "Oracle " + n);
      body.put("rating", rating);
      body.put("warnings", warnings);
      body.put("categories", categories);
      boolean crossover = random.nextInt(6) == 0;
      String language = random.nextInt(3) == 0 ? "de" : "en";
      body.put("fandoms", crossover ? List.of(fandom, otherFandom) : List.of(fandom));
      body.put("language", language);
      body.put("freeforms", myFreeforms);
      body.put("characters", myCharacters);
      body.put("restricted", restricted);
      body.put("draft", draft);
      body.put("expectedChapters", complete ? 1 : null);
      body.put("chapters", List.of(Map.of("body", "word ".repeat(5 + random.nextInt(400)))));
      JsonNode work = writer.post("/api/v1/works", body).json();
      if (draft) {
        continue;
      }
      // Counters as readers would leave them (comments and bookmarks have their own tests), set
      // directly and announced as the interactions module does.
      int comments = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
      int bookmarks = random.nextInt(3) == 0 ? 0 : random.nextInt(6);
      jdbc.sql("update works set comments_count = ?, bookmarks_count = ? where id = ?")
          .params(comments, bookmarks, work.path("id").asLong())
          .update();
      events.publishEvent(new WorkCountsChanged(List.of(work.path("id").asLong())));
      Set<String> filters = new HashSet<>();
      filters.add(rating);
      filters.add(fandom);
      if (crossover) {
        filters.add(otherFandom);
      }
      filters.addAll(warnings);
      filters.addAll(categories);
      filters.addAll(myFreeforms);
      filters.addAll(myCharacters);
      posted.add(
          new Posted(
              work.path("id").asLong(),
              restricted,
              complete,
              work.path("wordCount").asInt(),
              filters,
              rating,
              language,
              crossover,
              comments,
              bookmarks));
    }

    // Wrangling: tag 1 becomes a synonym of tag 0, so its works are found under tag 0.
    String wranglerName = Api.unique("ow");
    Api wrangler = api.as(api.signUpAndToken(wranglerName));
    api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD))
        .put("/api/v1/admin/users/" + wranglerName + "/roles/wrangler", Map.of());
    wrangler.patch(tagPath(freeforms.get(0)), Map.of("canonical", true));
    wrangler.patch(tagPath(freeforms.get(1)), Map.of("synonymOf", freeforms.get(0)));
    List<Posted> wrangled = new ArrayList<>();
    for (Posted p : posted) {
      Set<String> filters = new HashSet<>(p.filters());
      if (filters.remove(freeforms.get(1))) {
        filters.add(freeforms.get(0));
      }
      wrangled.add(
          new Posted(
              p.id(),
              p.restricted(),
              p.complete(),
              p.words(),
              filters,
              p.rating(),
              p.language(),
              p.crossover(),
              p.comments(),
              p.bookmarks()));
    }
    List<String> searchable = new ArrayList<>(freeforms.subList(0, 1));
    searchable.addAll(freeforms.subList(2, freeforms.size()));
    long expectedUnderTag0 =
        wrangled.stream()
            .filter(p -> !p.restricted() && p.filters().contains(freeforms.get(0)))
            .count();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (api.get(tagPath(freeforms.get(0))).json().path("worksCount").asLong()
        != expectedUnderTag0) {
      assertThat(System.nanoTime()).as("wrangling reflected within 5 s").isLessThan(deadline);
      Thread.sleep(50);
    }

    int nonEmpty = 0;
    for (int q = 0; q < QUERIES; q++) {
      boolean member = random.nextBoolean();
      List<String> include = Picks.some(random, searchable, 0, 2);
      List<String> exclude =
          Picks.some(random, random.nextBoolean() ? TagType.WARNINGS : characters, 0, 2);
      String rating = random.nextInt(4) == 0 ? Picks.pick(random, TagType.RATINGS) : null;
      Boolean complete = random.nextInt(3) == 0 ? random.nextBoolean() : null;
      int low = random.nextInt(200);
      int high = low + random.nextInt(300);
      boolean words = random.nextBoolean();
      Boolean crossover = random.nextInt(3) == 0 ? random.nextBoolean() : null;
      String language = random.nextInt(3) == 0 ? (random.nextBoolean() ? "de" : "en") : null;
      boolean ascending = random.nextBoolean();
      String sortKey = Picks.pick(random, COUNT_SORTS);
      // Count filters and the sort, each as a parameter or written in q as AO3's search box has it.
      boolean inQuery = random.nextBoolean();
      int fewestComments = random.nextInt(3) == 0 ? 1 + random.nextInt(7) : -1;
      int mostBookmarks = random.nextInt(3) == 0 ? random.nextInt(5) : -1;
      List<String> inQ = new ArrayList<>();

      StringBuilder url =
          new StringBuilder("/api/v1/works?perPage=100&facets=true&tag=" + enc(fandom));
      if (inQuery) {
        inQ.add(
            Picks.pick(random, List.of("sort:", "sort by: ", "sorted by:"))
                + (ascending ? ">" : "<")
                + (sortKey.equals("words") ? "word count" : sortKey));
      } else {
        url.append("&sort=").append(sortKey).append("&order=").append(ascending ? "asc" : "desc");
      }
      if (fewestComments >= 0) {
        if (inQuery) {
          inQ.add(
              switch (random.nextInt(3)) {
                case 0 -> "comments>" + (fewestComments - 1);
                case 1 -> "comment count >= " + fewestComments;
                default -> "comments: >=" + fewestComments;
              });
        } else {
          url.append("&comments=").append(enc(">=" + fewestComments));
        }
      }
      if (mostBookmarks >= 0) {
        if (inQuery) {
          inQ.add(
              Picks.pick(random, List.of("bookmarks<=", "bookmark_count: <= ")) + mostBookmarks);
        } else {
          url.append("&bookmarks=0-").append(mostBookmarks);
        }
      }
      if (!inQ.isEmpty()) {
        url.append("&q=").append(enc(String.join(" ", inQ)));
      }
      if (crossover != null) {
        url.append("&crossover=").append(crossover);
      }
      if (language != null) {
        url.append("&language=").append(language);
      }
      include.forEach(t -> url.append("&include=").append(enc(t)));
      exclude.forEach(t -> url.append("&exclude=").append(enc(t)));
      if (rating != null) {
        url.append("&rating=").append(enc(rating));
      }
      if (complete != null) {
        url.append("&complete=").append(complete);
      }
      if (words) {
        url.append("&words=").append(low).append('-').append(high);
      }
      Predicate<Posted> matches =
          p ->
              (member || !p.restricted())
                  && p.filters().containsAll(include)
                  && exclude.stream().noneMatch(p.filters()::contains)
                  && (rating == null || p.rating().equals(rating))
                  && (complete == null || p.complete() == complete)
                  && (!words || (p.words() >= low && p.words() <= high))
                  && (crossover == null || p.crossover() == crossover)
                  && (language == null || p.language().equals(language))
                  && p.comments() >= fewestComments
                  && (mostBookmarks < 0 || p.bookmarks() <= mostBookmarks);
      Comparator<Posted> byKey =
          Comparator.<Posted>comparingInt(
                  p ->
                      switch (sortKey) {
                        case "comments" -> p.comments();
                        case "bookmarks" -> p.bookmarks();
                        default -> p.words();
                      })
              .thenComparingLong(Posted::id);
      List<Posted> expected =
          wrangled.stream().filter(matches).sorted(ascending ? byKey : byKey.reversed()).toList();
      nonEmpty += expected.isEmpty() ? 0 : 1;

      Api as = member ? writer : api;
      JsonNode page = as.get(url.toString()).json();
      assertThat(page.path("total").asLong()).as(url.toString()).isEqualTo(expected.size());
      List<Long> ids = new ArrayList<>();
      page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
      for (int next = 2; ids.size() < page.path("total").asLong() && next < 10; next++) {
        as.get(url + "&page=" + next)
            .json()
            .path("items")
            .forEach(item -> ids.add(item.path("id").asLong()));
      }
      assertThat(ids)
          .as("works and their order in " + url)
          .isEqualTo(expected.stream().map(Posted::id).toList());

      Map<String, Long> expectedFreeforms = new TreeMap<>();
      expected.forEach(
          p ->
              p.filters().stream()
                  .filter(freeforms::contains)
                  .forEach(t -> expectedFreeforms.merge(t, 1L, Long::sum)));
      Map<String, Long> actualFreeforms = new TreeMap<>();
      page.path("facets")
          .path("freeforms")
          .forEach(f -> actualFreeforms.put(f.path("tag").asString(), f.path("count").asLong()));
      assertThat(actualFreeforms).as("freeform facets of " + url).isEqualTo(expectedFreeforms);

      Map<String, Long> expectedRatings = new TreeMap<>();
      expected.forEach(p -> expectedRatings.merge(p.rating(), 1L, Long::sum));
      Map<String, Long> actualRatings = new TreeMap<>();
      page.path("facets")
          .path("rating")
          .forEach(f -> actualRatings.put(f.path("tag").asString(), f.path("count").asLong()));
      assertThat(actualRatings).as("rating facets of " + url).isEqualTo(expectedRatings);
    }
    assertThat(nonEmpty).as("queries with results").isGreaterThan(QUERIES / 3);
  }

  private static String tagPath(String name) {
    return "/api/v1/tags/" + enc(name).replace("+", "%20");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
