package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.listings.IndexQuery;
import org.quire.listings.ListingQuery;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.works.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A rebuild indexes chapter text in a second pass: until it ends, text searches are answered by SQL
 * (and find the same works); a pass cut short resumes where its last commit left it.
 */
class TextPassTest extends IntegrationTest {
  @Autowired SearchIndex searchIndex;
  @Autowired IndexMaintenance maintenance;
  @Autowired LuceneWorkIndex index;

  @Test
  void textSearchesWaitForTheTextPassAndFindTheSameWorksMeanwhile() {
    String word = Api.unique("marrowlight").replace("_", "");
    Api writer = api.as(api.signUpAndToken(Api.unique("texter")));
    work("Plain title")
        .fandom("Text Pass Fandom")
        .text("<p>Deep in the text, " + word + ".</p>")
        .post(writer);

    IndexMaintenance.Rebuilt rebuilt = maintenance.rebuild();
    assertThat(rebuilt.textSeconds()).isNotNull();
    assertThat(searchIndex.textReady()).isTrue();
    assertThat(index.find(textQuery(word)).orElseThrow().total()).isEqualTo(1);
    assertThat(titles("/api/v1/works?text=" + word)).containsExactly("Plain title");

    // As after a restart in the middle of the text pass.
    searchIndex.textProgress(0, false);
    assertThat(index.find(textQuery(word))).as("the index does not answer yet").isEmpty();
    assertThat(index.find(listingQuery())).as("listings still come from it").isPresent();
    assertThat(titles("/api/v1/works?text=" + word)).containsExactly("Plain title");

    assertThat(maintenance.addText()).isNotNull();
    assertThat(searchIndex.textReady()).isTrue();
    assertThat(index.find(textQuery(word)).orElseThrow().total()).isEqualTo(1);
  }

  private List<String> titles(String path) {
    return api.get(path)
        .json()
        .path("items")
        .valueStream()
        .map(item -> item.path("title").asString())
        .toList();
  }

  private static IndexQuery textQuery(String word) {
    LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add("text", word);
    return query(params);
  }

  private static IndexQuery listingQuery() {
    return query(new LinkedMultiValueMap<>());
  }

  private static IndexQuery query(LinkedMultiValueMap<String, String> params) {
    return new IndexQuery(
        ListingQuery.parse(params, java.time.Instant.now()),
        List.of(),
        List.of(),
        null,
        List.of(),
        Audience.everyone());
  }
}
