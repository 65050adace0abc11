package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code text=} is searched in the text index and joined to the works index: it finds only what the
 * reader may see, combines with every filter, ranks by the text's score, and follows edits of
 * chapters at once; wrangling, which rewrites works' tags, leaves the text index alone.
 */
class TextIndexTest extends IntegrationTest {
  @Autowired SearchIndex searchIndex;
  @Autowired IndexMaintenance maintenance;

  @Test
  void textSearchesFindOnlyWhatTheReaderMaySeeAndCombineWithFilters() {
    String word = Api.unique("saltmarsh").replace("_", "");
    String member = api.signUpAndToken(Api.unique("reader"));
    Api writer = api.as(api.signUpAndToken(Api.unique("marsher")));
    work("Once", word + " once.", "Fluff").post(writer);
    work("Thrice", word + ", " + word + " and " + word, "Angst").post(writer);
    work("Members", word + " for members.", "Fluff").restricted().post(writer);
    work("Draft", word + " unposted.", "Fluff").draft().post(writer);

    assertThat(titles(api, "text=" + word + "&sort=relevance"))
        .as("the more often, the better the match; no restricted work for a guest, no draft")
        .containsExactly("Thrice", "Once");
    assertThat(titles(api.as(member), "text=" + word + "&sort=title"))
        .containsExactly("Members", "Once", "Thrice");
    assertThat(titles(api, "text=" + word + "&include=Fluff")).containsExactly("Once");
    assertThat(titles(api, "text=" + word + "&exclude=Fluff")).containsExactly("Thrice");
    assertThat(titles(api, "text=" + word + "+-once&sort=title")).containsExactly("Thrice");
    JsonNode facets = api.get("/api/v1/works?facets=true&text=" + word).json();
    assertThat(facets.path("total").asInt()).isEqualTo(2);
    assertThat(facets.path("facets").path("freeforms").toString())
        .contains("{\"tag\":\"Fluff\",\"count\":1}", "{\"tag\":\"Angst\",\"count\":1}");
  }

  @Test
  void editingAChapterReindexesItsTextAndWranglingDoesNot() throws IOException {
    String before = Api.unique("tidewrack").replace("_", "");
    String after = Api.unique("driftglass").replace("_", "");
    Api writer = api.as(api.signUpAndToken(Api.unique("editor")));
    long id = work("Edited", "About " + before + ".", "Fluff").post(writer);
    assertThat(titles(api, "text=" + before)).containsExactly("Edited");

    writer.patch("/api/v1/works/" + id + "/chapters/1", Map.of("body", "Now " + after + "."));
    assertThat(titles(api, "text=" + before)).isEmpty();
    assertThat(titles(api, "text=" + after)).containsExactly("Edited");

    long textVersion = textVersion();
    maintenance.reindex(List.of(id), false); // what wrangling does to the works it touches
    assertThat(textVersion()).as("the text index was not written").isEqualTo(textVersion);
    assertThat(titles(api, "text=" + after)).containsExactly("Edited");

    writer.delete("/api/v1/works/" + id);
    assertThat(titles(api, "text=" + after)).isEmpty();
  }

  @Test
  void aRebuildForListingsAloneKeepsTheTextIndex() throws Exception {
    String word = Api.unique("kelpforest").replace("_", "");
    Api writer = api.as(api.signUpAndToken(Api.unique("keeper")));
    work("Kept", "Under the " + word + ".", "Fluff").post(writer);
    Set<String> segments = textSegments();
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    String status = "/api/v1/admin/search-index";
    String before = admin.get(status).json().path("lastRebuild").path("finishedAt").asString("");

    assertThat(admin.post(status + "/rebuild?text=false", Map.of()).status()).isEqualTo(202);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode last = admin.get(status).json().path("lastRebuild");
    while (!(last.path("textSeconds").isNumber()
            && !last.path("finishedAt").asString("").equals(before))
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
      last = admin.get(status).json().path("lastRebuild");
    }
    assertThat(last.path("textSeconds").asDouble(-1))
        .as("the text pass had nothing to do: %s", last)
        .isZero();
    assertThat(textSegments()).as("the same text segments, none written again").isEqualTo(segments);
    assertThat(admin.get(status).json().path("merging").isBoolean())
        .as("the status says whether segments are being merged")
        .isTrue();
    assertThat(titles(api, "text=" + word)).containsExactly("Kept");
    assertThat(admin.post(status + "/rebuild?text=maybe", Map.of()).status()).isEqualTo(400);
  }

  private Set<String> textSegments() throws IOException {
    IndexSearcher searcher = searchIndex.acquireText();
    try {
      Set<String> names = new HashSet<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        names.add(((SegmentReader) FilterLeafReader.unwrap(leaf.reader())).getSegmentName());
      }
      return names;
    } finally {
      searchIndex.releaseText(searcher);
    }
  }

  private long textVersion() throws IOException {
    IndexSearcher searcher = searchIndex.acquireText();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      searchIndex.releaseText(searcher);
    }
  }

  private static List<String> titles(Api as, String query) {
    return as.get("/api/v1/works?" + query)
        .json()
        .path("items")
        .valueStream()
        .map(item -> item.path("title").asString())
        .toList();
  }

  /** A work of the text index's own fandom whose one chapter is {@code body}. */
  private static WorkBuilder work(String title, String body, String freeform) {
    return WorkBuilder.work(title)
        .fandom("Text Index Fandom")
        .freeforms(freeform)
        .text("<p>" + body + "</p>");
  }
}
