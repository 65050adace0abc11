package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quire.accounts.Viewer;
import org.quire.tags.TagType;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.Picks;
import org.quire.works.Audience;
import org.quire.works.WorksRefiltered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The search index and the plain SQL listing are two engines for one contract: over a few hundred
 * random works (tags, wrangled synonyms, crossovers, languages, counters, dates, words in titles
 * and chapters), random queries using every parameter and every sort (also AO3's counts and sort
 * keys written in {@code q}, and no sort at all) must give the same page in the same order, the
 * same total and the same facet counts from both.
 */
class IndexAgreesWithSqlTest extends IntegrationTest {
  private static final int WORKS = 180;
  private static final int QUERIES = 400;
  private static final List<String> WORDS =
      List.of("lantern", "harbour", "violet", "ember", "quiet", "orchard", "tide", "saffron");
  private static final List<String> SORTS =
      List.of(
          "updated",
          "posted",
          "kudos",
          "hits",
          "bookmarks",
          "comments",
          "words",
          "title",
          "creator",
          "relevance");

  @Autowired WorkListing sql;
  @Autowired WorkIndex index;
  @Autowired WorkFinder finder;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  @Test
  void everyParameterAndSortGivesTheSameAnswerFromBothEngines() throws Exception {
    Random random = new Random(42);
    String run = Api.unique("");
    List<String> fandoms = List.of("Agree Fandom A " + run, "Agree Fandom B " + run);
    List<String> freeforms = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      freeforms.add("Agree Freeform " + i + " " + run);
    }
    List<String> writers = new ArrayList<>();
    List<Api> clients = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = Api.unique("agree" + i);
      writers.add(name);
      clients.add(api.as(api.signUpAndToken(name)));
    }
    List<Long> ids = new ArrayList<>();
    for (int n = 0; n < WORKS; n++) {
      Map<String, Object> body = new HashMap<>();
      body.put("title", Picks.pick(random, WORDS) + " " + Picks.pick(random, WORDS) + " " + n);
      body.put("summary", Picks.pick(random, WORDS) + " and " + Picks.pick(random, WORDS));
      body.put("rating", Picks.pick(random, TagType.RATINGS));
      body.put("warnings", Picks.some(random, TagType.WARNINGS, 1, 2));
      body.put("categories", Picks.some(random, TagType.CATEGORIES, 0, 2));
      body.put("fandoms", random.nextInt(8) == 0 ? fandoms : List.of(Picks.pick(random, fandoms)));
      body.put("freeforms", Picks.some(random, freeforms, 0, 3));
      body.put("language", random.nextInt(4) == 0 ? "fr" : "en");
      body.put("restricted", random.nextInt(8) == 0);
      body.put("expectedChapters", random.nextBoolean() ? 1 : null);
      StringBuilder text = new StringBuilder();
      for (int w = 5 + random.nextInt(300); w > 0; w--) {
        text.append(random.nextInt(6) == 0 ? Picks.pick(random, WORDS) : "word").append(' ');
      }
      body.put("chapters", List.of(Map.of("body", text.toString())));
      JsonNode work = clients.get(random.nextInt(3)).post("/api/v1/works", body).json();
      ids.add(work.path("id").asLong());
    }
    // Counters and dates as a long-running archive would have them, then through the index's
    // own update paths: counters in place, everything else by re-indexing.
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (long id : ids) {
      jdbc.sql(
              "update works set hits = ?, kudos_count = ?, comments_count = ?, bookmarks_count = ?,"
                  + " updated_at = ?, published_at = ? where id = ?")
          .params(
              random.nextInt(500),
              random.nextInt(40),
              random.nextInt(20),
              random.nextInt(10),
              java.sql.Timestamp.from(now.minusSeconds(random.nextInt(3 * 365 * 86400))),
              java.sql.Timestamp.from(now.minusSeconds(random.nextInt(5 * 365 * 86400))),
              id)
          .update();
    }
    events.publishEvent(new WorksRefiltered(ids));
    // A wrangled synonym: works tagged with freeform 1 are found under freeform 0.
    Api wrangler = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    wrangler.patch(tagPath(freeforms.get(0)), Map.of("canonical", true));
    wrangler.patch(tagPath(freeforms.get(1)), Map.of("synonymOf", freeforms.get(0)));
    waitForWrangling(freeforms.get(0), freeforms.get(1));

    int compared = 0;
    for (int n = 0; n < QUERIES; n++) {
      MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
      params.add("tag", Picks.pick(random, fandoms));
      Picks.some(random, freeforms, 0, 2).forEach(t -> params.add("include", t));
      Picks.some(random, random.nextBoolean() ? TagType.WARNINGS : freeforms, 0, 2)
          .forEach(t -> params.add("exclude", t));
      maybe(random, params, "rating", Picks.pick(random, TagType.RATINGS));
      maybe(random, params, "complete", Boolean.toString(random.nextBoolean()));
      maybe(random, params, "crossover", Boolean.toString(random.nextBoolean()));
      maybe(random, params, "language", random.nextBoolean() ? "fr" : "EN");
      maybe(random, params, "words", random.nextInt(100) + "-" + (100 + random.nextInt(300)));
      maybe(random, params, "kudos", ">" + random.nextInt(30));
      maybe(random, params, "hits", "<" + random.nextInt(500));
      maybe(random, params, "comments", random.nextInt(5) + "-" + (5 + random.nextInt(15)));
      maybe(random, params, "bookmarks", random.nextBoolean() ? ">" + random.nextInt(8) : "<3");
      maybe(random, params, "updated", "< " + (1 + random.nextInt(3)) + " years ago");
      maybe(random, params, "q", query(random, writers));
      maybe(random, params, "text", query(random, List.of()));
      maybe(random, params, "creator", Picks.pick(random, writers));
      // Without a sort (one query in five), a text query is ordered by relevance, others by date.
      if (random.nextInt(5) > 0) {
        params.add("sort", Picks.pick(random, SORTS));
        params.add("order", random.nextBoolean() ? "asc" : "desc");
      }
      params.add("perPage", Integer.toString(1 + random.nextInt(25)));
      params.add("page", Integer.toString(1 + random.nextInt(3)));
      params.add("facets", "true");
      ListingQuery listing = ListingQuery.parse(params, Instant.now());
      Viewer viewer = random.nextBoolean() ? Viewer.guest() : member();
      IndexQuery query = finder.resolve(Audience.of(viewer), listing).orElseThrow();

      IndexHits fromSql = sql.find(query);
      IndexHits fromIndex = index.find(query).orElseThrow();
      assertThat(fromIndex.total()).as("total of %s", params).isEqualTo(fromSql.total());
      assertThat(fromIndex.tagCounts() == null ? null : fromIndex.tagCounts().asMap())
          .as("facets of %s", params)
          .isEqualTo(fromSql.tagCounts() == null ? null : fromSql.tagCounts().asMap());
      boolean scored =
          listing.sort() == SortKey.RELEVANCE && (listing.q() != null || listing.text() != null);
      if (scored) {
        assertThat(fromIndex.workIds()).as("page of %s", params).hasSameSizeAs(fromSql.workIds());
      } else {
        assertThat(fromIndex.workIds()).as("page of %s", params).isEqualTo(fromSql.workIds());
      }
      compared += fromSql.total() > 0 ? 1 : 0;
    }
    assertThat(compared).as("queries with results").isGreaterThan(QUERIES / 4);
  }

  private static Viewer member() {
    return new Viewer(1L, "member", java.util.Set.of());
  }

  /** Until the synonym's works are filtered under the canonical tag in SQL and in the index. */
  private void waitForWrangling(String canonical, String synonym) throws InterruptedException {
    long tagged =
        jdbc.sql(
                "select count(distinct wt.work_id) from work_tags wt join tags t on t.id = wt.tag_id"
                    + " join works w on w.id = wt.work_id"
                    + " where t.name in (?, ?) and w.posted and not w.restricted")
            .params(canonical, synonym)
            .query(Long.class)
            .single();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (api.get(tagPath(canonical)).json().path("worksCount").asLong() != tagged) {
      assertThat(System.nanoTime()).as("wrangling reflected within 5 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /** A query; for {@code q} (writers given) also AO3's counts, sort keys and creators in it. */
  private static String query(Random random, List<String> writers) {
    int kinds = writers.isEmpty() ? 6 : 10;
    return switch (random.nextInt(kinds)) {
      case 0 -> Picks.pick(random, WORDS);
      case 1 -> Picks.pick(random, WORDS) + " OR " + Picks.pick(random, WORDS);
      case 2 -> Picks.pick(random, WORDS) + " -" + Picks.pick(random, WORDS);
      case 3 -> "\"" + Picks.pick(random, WORDS) + " and\"";
      case 4 -> Picks.pick(random, WORDS) + " - " + Picks.pick(random, WORDS);
      case 5 -> "title:" + Picks.pick(random, WORDS);
      case 6 -> Picks.pick(random, WORDS) + " comments<" + random.nextInt(20);
      case 7 -> "bookmark count > " + random.nextInt(8) + " word count < " + random.nextInt(300);
      case 8 ->
          Picks.pick(random, WORDS)
              + " sort:"
              + (random.nextBoolean() ? "<" : ">")
              + Picks.pick(random, List.of("comments", "bookmarks", "words", "hits", "creator"));
      default -> "creator:" + Picks.pick(random, writers);
    };
  }

  private static void maybe(
      Random random, MultiValueMap<String, String> params, String name, String value) {
    if (random.nextInt(4) == 0) {
      params.add(name, value);
    }
  }

  private static String tagPath(String name) {
    return "/api/v1/tags/"
        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }
}
