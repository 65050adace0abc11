package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/works} over a small set of works of this test's own fandom. */
class WorkListingTest extends IntegrationTest {
  private String fandom;
  private Api writer;

  @BeforeEach
  void works() {
    fandom = "Listing Fandom " + Api.unique("");
    writer = api.as(api.signUpAndToken(Api.unique("lister")));
    tagged("Alpha")
        .fandom(fandom)
        .freeforms("Fluff")
        .expectedChapters(1)
        .text("one two three four five six")
        .post(writer);
    tagged("Beta")
        .fandom(fandom)
        .rating("Explicit")
        .warnings("Major Character Death")
        .freeforms("Angst")
        .text("word ".repeat(50))
        .post(writer);
    tagged("Gamma")
        .fandom(fandom)
        .rating("Teen And Up Audiences")
        .freeforms("Fluff", "Angst")
        .expectedChapters(1)
        .text("word ".repeat(120))
        .post(writer);
    tagged("Draft").fandom(fandom).draft().post(writer);
    tagged("Members").fandom(fandom).restricted().post(writer);
  }

  private JsonNode find(Api as, String query) {
    Api.Response response =
        as.get("/api/v1/works?tag=" + enc(fandom) + (query.isEmpty() ? "" : "&" + query));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> titles(JsonNode page) {
    List<String> titles = new java.util.ArrayList<>();
    page.path("items").forEach(item -> titles.add(item.path("title").asString()));
    return titles;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void guestsSeePostedPublicWorksOnlyAndMembersAlsoRestrictedOnes() {
    JsonNode guest = find(api, "");
    assertThat(guest.path("total").asInt()).isEqualTo(3);
    assertThat(titles(guest)).containsExactlyInAnyOrder("Alpha", "Beta", "Gamma");
    assertThat(guest.path("page").asInt()).isEqualTo(1);
    assertThat(guest.path("perPage").asInt()).isEqualTo(20);
    JsonNode member = find(writer, "");
    assertThat(titles(member)).contains("Members").doesNotContain("Draft");
  }

  @Test
  void includeExcludeRatingCompleteAndRanges() {
    assertThat(titles(find(api, "include=Fluff"))).containsExactlyInAnyOrder("Alpha", "Gamma");
    assertThat(titles(find(api, "include=Fluff&include=Angst"))).containsExactly("Gamma");
    assertThat(titles(find(api, "exclude=" + enc("Major Character Death"))))
        .containsExactlyInAnyOrder("Alpha", "Gamma");
    assertThat(titles(find(api, "rating=Explicit"))).containsExactly("Beta");
    assertThat(titles(find(api, "complete=true"))).containsExactlyInAnyOrder("Alpha", "Gamma");
    assertThat(titles(find(api, "complete=false"))).containsExactly("Beta");
    assertThat(titles(find(api, "words=" + enc(">100")))).containsExactly("Gamma");
    assertThat(titles(find(api, "words=" + enc("<50")))).containsExactly("Alpha");
    assertThat(titles(find(api, "words=50-120"))).containsExactlyInAnyOrder("Beta", "Gamma");
    assertThat(find(api, "include=" + enc("No Such Tag " + fandom)).path("total").asInt()).isZero();
    assertThat(titles(find(api, "q=gamma"))).containsExactly("Gamma");
    assertThat(titles(find(api, "q=" + enc("-Alpha")))).containsExactlyInAnyOrder("Beta", "Gamma");
    assertThat(titles(find(api, "text=" + enc("\"four five\"")))).containsExactly("Alpha");
    assertThat(titles(find(api, "q=" + enc("title:alpha OR title:beta"))))
        .containsExactlyInAnyOrder("Alpha", "Beta");
    assertThat(titles(find(api, "q=" + enc("freeform:Fluff -title:gamma"))))
        .containsExactly("Alpha");
    assertThat(titles(find(api, "q=" + enc("(fluff OR angst) words>100"))))
        .containsExactly("Gamma");
    assertThat(titles(find(api, "q=" + enc("sort:words") + "&order=asc")))
        .containsExactly("Alpha", "Beta", "Gamma");
    assertThat(titles(find(api, "q=gam"))).isEmpty();
  }

  @Test
  void sortingAndPaging() {
    assertThat(titles(find(api, "sort=words&order=desc")))
        .containsExactly("Gamma", "Beta", "Alpha");
    assertThat(titles(find(api, "sort=title"))).containsExactly("Alpha", "Beta", "Gamma");
    JsonNode second = find(api, "sort=title&perPage=2&page=2");
    assertThat(titles(second)).containsExactly("Gamma");
    assertThat(second.path("total").asInt()).isEqualTo(3);
  }

  @Test
  void facetsCountTheWholeFilteredResult() {
    JsonNode facets = find(api, "facets=true&perPage=1").path("facets");
    assertThat(facets.path("freeforms").toString())
        .contains("{\"tag\":\"Fluff\",\"count\":2}", "{\"tag\":\"Angst\",\"count\":2}");
    assertThat(facets.path("rating").toString()).contains("{\"tag\":\"Explicit\",\"count\":1}");
    assertThat(facets.path("fandoms").toString())
        .contains("{\"tag\":\"" + fandom + "\",\"count\":3}");
    assertThat(
            facets.has("warnings")
                && facets.has("categories")
                && facets.has("characters")
                && facets.has("relationships"))
        .isTrue();
  }

  @Test
  void badParametersAre400() {
    for (String bad :
        List.of(
            "sort=popularity",
            "words=lots",
            "kudos=" + enc(">>5"),
            "order=sideways",
            "perPage=101",
            "page=0",
            "q=" + enc("\"open"),
            "text=" + enc("(a"),
            "complete=maybe",
            "updated=yesterday")) {
      Api.Response response = api.get("/api/v1/works?" + bad);
      assertThat(response.status()).as(bad).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(api.get("/api/v1/works?updated=" + enc("< 2 weeks ago")).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/works?updated=2020-01-01..2030-01-01").status()).isEqualTo(200);
  }
}
