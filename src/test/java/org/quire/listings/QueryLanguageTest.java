package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.quire.works.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

/**
 * AO3's search box over {@code GET /api/v1/works} and the listing page: counts of comments and
 * bookmarks in every spelling, sort keys in the query, relevance as the default order of a text
 * query, and {@code creator:} finding an account's works under any pseud.
 */
class QueryLanguageTest extends IntegrationTest {
  @Autowired WorkListing sql;
  @Autowired WorkIndex index;
  @Autowired WorkFinder finder;

  private String fandom;
  private Api writer;
  private final List<Long> ids = new ArrayList<>();

  @BeforeEach
  void works() throws InterruptedException {
    fandom = "Query Fandom " + Api.unique("");
    writer = api.as(api.signUpAndToken(Api.unique("querist")));
    long patch = post(writer, tagged("Pumpkin Patch"));
    long pie = post(writer, tagged("Pumpkin Pie"));
    post(writer, tagged("Ember ember ember"));
    post(writer, tagged("Ember and the long road home again"));
    // Two readers comment on the patch; one bookmarks it, both bookmark the pie.
    for (int i = 0; i < 2; i++) {
      Api reader = api.as(api.signUpAndToken(Api.unique("reader")));
      assertThat(
              reader
                  .post(
                      "/api/v1/works/" + patch + "/chapters/1/comments",
                      Map.of("body", "Lovely " + i))
                  .status())
          .isEqualTo(201);
      if (i == 0) {
        assertThat(reader.post("/api/v1/bookmarks", Map.of("workId", patch)).status())
            .isEqualTo(201);
      }
      assertThat(reader.post("/api/v1/bookmarks", Map.of("workId", pie)).status()).isEqualTo(201);
    }
    // The counters reach the index after their commit.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!titles("bookmarks=2").equals(List.of("Pumpkin Pie"))
        || !titles("comments=2").equals(List.of("Pumpkin Patch"))) {
      assertThat(System.nanoTime()).as("counters indexed within 5 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private long post(Api as, WorkBuilder work) {
    long id = work.fandom(fandom).post(as);
    ids.add(id);
    return id;
  }

  private List<String> titles(String query) {
    Api.Response response = api.get("/api/v1/works?tag=" + enc(fandom) + "&" + query);
    assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
    List<String> titles = new ArrayList<>();
    response.json().path("items").forEach(item -> titles.add(item.path("title").asString()));
    return titles;
  }

  private List<String> q(String q) {
    return titles("q=" + enc(q));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void commentAndBookmarkCountsFilterAsParametersAndInTheQuery() {
    assertThat(titles("comments=" + enc(">1"))).containsExactly("Pumpkin Patch");
    assertThat(titles("bookmarks=" + enc(">=2"))).containsExactly("Pumpkin Pie");
    assertThat(titles("bookmarks=1-2")).containsExactlyInAnyOrder("Pumpkin Patch", "Pumpkin Pie");
    assertThat(q("comments>1")).containsExactly("Pumpkin Patch");
    assertThat(q("pumpkin comments<1")).containsExactly("Pumpkin Pie");
    assertThat(q("pumpkins comment count > 1")).isEmpty(); // whole words: "pumpkins" is not here
    assertThat(q("pumpkin comment count > 1")).containsExactly("Pumpkin Patch");
    assertThat(q("bookmarks>0")).containsExactlyInAnyOrder("Pumpkin Patch", "Pumpkin Pie");
    assertThat(q("bookmark_count: 2")).containsExactly("Pumpkin Pie");
    assertThat(q("kudos:>0")).isEmpty();
    assertThat(q("word count > 1000")).isEmpty();
    assertThat(q("hit count < 1000000")).hasSize(4);
    Api.Response malformed = api.get("/api/v1/works?q=" + enc("comments>many"));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).contains("comments");
    assertThat(api.get("/api/v1/works?bookmarks=lots").status()).isEqualTo(400);
  }

  @Test
  void sortKeysAndDirectionsInTheQuery() {
    assertThat(q("pumpkin sort by: bookmarks descending"))
        .containsExactly("Pumpkin Pie", "Pumpkin Patch");
    assertThat(q("pumpkin sort:>bookmarks")).containsExactly("Pumpkin Patch", "Pumpkin Pie");
    assertThat(q("sort:<comments").get(0)).isEqualTo("Pumpkin Patch");
    // Ties (no comments) in id order, the same direction.
    assertThat(q("sort:>comments"))
        .containsExactly(
            "Pumpkin Pie",
            "Ember ember ember",
            "Ember and the long road home again",
            "Pumpkin Patch");
    assertThat(q("sorted by:>title"))
        .containsExactly(
            "Ember and the long road home again",
            "Ember ember ember",
            "Pumpkin Patch",
            "Pumpkin Pie");
    assertThat(api.get("/api/v1/works?q=" + enc("sort:popularity")).status()).isEqualTo(400);
  }

  @Test
  void aTextQueryIsOrderedByRelevanceUnlessASortIsAsked() {
    // Newest first without words to rank by; the title saying "ember" three times first with them.
    assertThat(titles("").get(0)).isEqualTo("Ember and the long road home again");
    assertThat(q("ember"))
        .containsExactly("Ember ember ember", "Ember and the long road home again");
    assertThat(titles("q=ember&sort=updated"))
        .containsExactly("Ember and the long road home again", "Ember ember ember");
    // A lone hyphen is punctuation, not NOT.
    assertThat(q("pumpkin - patch")).containsExactly("Pumpkin Patch");
    assertThat(q("pumpkin -patch")).containsExactly("Pumpkin Pie");
  }

  @Test
  void creatorMatchesTheUsernameAndEveryPseud() {
    String username = Api.unique("penname");
    Api other = api.as(api.signUpAndToken(username));
    String pseud = Api.unique("Nightjar");
    assertThat(other.post("/api/v1/me/pseuds", Map.of("name", pseud)).status()).isEqualTo(201);
    post(other, tagged("Under A Pseud").creators(pseud));
    for (String query :
        List.of("creator:" + username, "creator:" + pseud, "author:" + username, username)) {
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!q(query).equals(List.of("Under A Pseud"))) {
        assertThat(System.nanoTime()).as(query + " within 5 s").isLessThan(deadline);
        Thread.onSpinWait();
      }
      // The SQL listing, which answers while the index is rebuilt, agrees.
      LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
      params.add("tag", fandom);
      params.add("q", query);
      IndexQuery resolved =
          finder
              .resolve(Audience.everyone(), ListingQuery.parse(params, Instant.now()))
              .orElseThrow();
      assertThat(sql.find(resolved).workIds())
          .as(query)
          .isEqualTo(index.find(resolved).orElseThrow().workIds());
      assertThat(sql.find(resolved).workIds()).as(query).hasSize(1);
    }
    assertThat(q("creator:" + Api.unique("nobody"))).isEmpty();
  }

  @Test
  void theSidebarFiltersByEveryCount() {
    String page = api.get("/works?tag=" + enc(fandom) + "&commentsFrom=2").body();
    assertThat(page).contains("Pumpkin Patch").doesNotContain("Pumpkin Pie");
    for (String count : ListingQuery.COUNTS) {
      assertThat(page).contains("id=\"" + count + "From\"").contains("id=\"" + count + "To\"");
    }
    String bookmarked =
        api.get("/works?tag=" + enc(fandom) + "&bookmarksFrom=2&bookmarksTo=5").body();
    assertThat(bookmarked).contains("Pumpkin Pie").doesNotContain("Pumpkin Patch");
    String searched = api.get("/works?tag=" + enc(fandom) + "&q=ember").body();
    assertThat(searched).contains("<option value=\"relevance\" selected>Best match</option>");
  }
}
