package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Facets name the 100 most frequent tags of each type, most frequent first and ties by name, with
 * exact counts; the fixed types are always all there.
 */
class FacetLimitTest extends IntegrationTest {

  @Test
  void eachTypeListsItsHundredMostFrequentTags() {
    String fandom = "Facet Limit Fandom " + Api.unique("");
    String prefix = Api.unique("Facet Tag ");
    Api writer = api.as(api.signUpAndToken(Api.unique("faceter")));
    for (int w = 0; w < 2; w++) {
      List<String> freeforms = new ArrayList<>();
      freeforms.add(prefix + " Common");
      for (int i = 0; i < 60; i++) {
        freeforms.add(String.format(java.util.Locale.ROOT, "%s %03d", prefix, w * 60 + i));
      }
      work("Facets " + w)
          .rating(w == 0 ? "General Audiences" : "Mature")
          .fandom(fandom)
          .freeforms(freeforms)
          .text("<p>Tagged.</p>")
          .post(writer);
    }
    JsonNode facets =
        api.get(
                "/api/v1/works?facets=true&tag="
                    + java.net.URLEncoder.encode(fandom, java.nio.charset.StandardCharsets.UTF_8))
            .json()
            .path("facets");
    JsonNode freeforms = facets.path("freeforms");
    assertThat(freeforms.size()).isEqualTo(100);
    assertThat(freeforms.get(0).path("tag").asString()).isEqualTo(prefix + " Common");
    assertThat(freeforms.get(0).path("count").asLong()).isEqualTo(2);
    assertThat(freeforms.get(1).path("tag").asString()).isEqualTo(prefix + " 000");
    assertThat(freeforms.get(99).path("tag").asString()).isEqualTo(prefix + " 098");
    assertThat(freeforms.get(99).path("count").asLong()).isEqualTo(1);
    assertThat(facets.path("rating").valueStream().map(f -> f.path("tag").asString()))
        .containsExactly("General Audiences", "Mature");
  }
}
