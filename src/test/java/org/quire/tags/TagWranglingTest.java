package org.quire.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

class TagWranglingTest extends IntegrationTest {
  private Api writer;
  private Api wrangler;
  private String run;

  @BeforeEach
  void people() {
    run = Api.unique("");
    writer = api.as(api.signUpAndToken(Api.unique("writer")));
    String wranglerName = Api.unique("wrangler");
    wrangler = api.as(api.signUpAndToken(wranglerName));
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    assertThat(
            admin.put("/api/v1/admin/users/" + wranglerName + "/roles/wrangler", Map.of()).status())
        .isEqualTo(204);
  }

  static String path(String name) {
    return "/api/v1/tags/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private long post(String fandom, String relationship) {
    return work("Work " + relationship).fandom(fandom).relationships(relationship).post(writer);
  }

  private JsonNode tag(String name) {
    Api.Response response = api.get(path(name));
    assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void typedTagsAreUnwrangledAndFilterAsThemselves() {
    String fandom = "Shadowhunters " + run;
    post(fandom, "Malec " + run);
    JsonNode malec = tag("Malec " + run);
    assertThat(malec.path("type").asString()).isEqualTo("Relationship");
    assertThat(malec.path("canonical").asBoolean()).isFalse();
    assertThat(malec.path("synonymOf").isNull()).isTrue();
    assertThat(malec.path("worksCount").asInt()).isEqualTo(1);
    assertThat(tag("General Audiences").path("type").asString()).isEqualTo("Rating");
    assertThat(tag("general audiences").path("canonical").asBoolean()).isTrue();
    assertThat(api.get(path("No Such Tag " + run)).status()).isEqualTo(404);
  }

  @Test
  void aSynonymsWorksCountUnderItsCanonicalTagWithinASecond() throws Exception {
    String fandom = "Shadowhunters " + run;
    String canonical = "Alec Lightwood/Magnus Bane " + run;
    post(fandom, canonical);
    post(fandom, "Malec " + run);
    assertThat(wrangler.patch(path(canonical), Map.of("canonical", true)).status()).isEqualTo(200);
    assertThat(tag(canonical).path("worksCount").asInt()).isEqualTo(1);

    Api.Response synonym = wrangler.patch(path("Malec " + run), Map.of("synonymOf", canonical));
    assertThat(synonym.status()).as(synonym.body()).isEqualTo(200);
    assertThat(synonym.json().path("synonymOf").asString()).isEqualTo(canonical);
    eventually(() -> tag(canonical).path("worksCount").asInt() == 2);
    assertThat(tag(canonical).path("synonyms").toString()).contains("Malec " + run);
    // The work still shows the tag as its creator typed it.
    assertThat(tag("Malec " + run).path("synonymOf").asString()).isEqualTo(canonical);
  }

  @Test
  void metatagsGatherTheirSubtagsWorksAtAnyDepthAndRefuseCycles() throws Exception {
    String all = "Shadowhunters (All Media Types) " + run;
    String tv = "Shadowhunters (TV) " + run;
    String books = "The Mortal Instruments " + run;
    post(tv, "Pair A " + run);
    post(books, "Pair B " + run);
    post(all, "Pair C " + run);
    for (String t : List.of(all, tv, books)) {
      assertThat(wrangler.patch(path(t), Map.of("canonical", true)).status()).isEqualTo(200);
    }
    assertThat(wrangler.patch(path(tv), Map.of("addMetaTags", List.of(all))).status())
        .isEqualTo(200);
    assertThat(wrangler.patch(path(books), Map.of("addMetaTags", List.of(tv))).status())
        .isEqualTo(200);
    eventually(() -> tag(all).path("worksCount").asInt() == 3);
    assertThat(tag(tv).path("worksCount").asInt()).isEqualTo(2);
    assertThat(tag(all).path("subTags").toString()).contains(tv);
    assertThat(tag(tv).path("metaTags").toString()).contains(all);

    Api.Response cycle = wrangler.patch(path(all), Map.of("addMetaTags", List.of(books)));
    assertThat(cycle.status()).isEqualTo(422);
    assertThat(cycle.json().path("errors").get(0).path("field").asString())
        .isEqualTo("addMetaTags");
    assertThat(wrangler.patch(path(all), Map.of("addMetaTags", List.of(all))).status())
        .isEqualTo(422);

    assertThat(wrangler.patch(path(books), Map.of("removeMetaTags", List.of(tv))).status())
        .isEqualTo(200);
    eventually(() -> tag(all).path("worksCount").asInt() == 2);
  }

  @Test
  void synonymChainsFlattenToTheCanonicalTag() {
    String fandom = "Chain " + run;
    post(fandom, "Canon " + run);
    post(fandom, "Middle " + run);
    post(fandom, "Leaf " + run);
    wrangler.patch(path("Canon " + run), Map.of("canonical", true));
    assertThat(wrangler.patch(path("Middle " + run), Map.of("synonymOf", "Canon " + run)).status())
        .isEqualTo(200);
    JsonNode leaf =
        wrangler.patch(path("Leaf " + run), Map.of("synonymOf", "Middle " + run)).json();
    assertThat(leaf.path("synonymOf").asString()).isEqualTo("Canon " + run);
    assertThat(
            wrangler.patch(path("Leaf " + run), Map.of("synonymOf", "Unwrangled " + run)).status())
        .isEqualTo(422);
  }

  @Test
  void wranglingRules() {
    String fandom = "Rules Fandom " + run;
    post(fandom, "Rules Pair " + run);
    Api.Response other =
        api.as(api.signUpAndToken(Api.unique("nobody")))
            .patch(path(fandom), Map.of("canonical", true));
    assertThat(other.status()).isEqualTo(403);
    assertThat(api.patch(path(fandom), Map.of("canonical", true)).status()).isEqualTo(401);
    assertThat(wrangler.patch(path("Explicit"), Map.of("canonical", false)).status())
        .isEqualTo(422);

    // The type can change only while unwrangled.
    assertThat(
            wrangler
                .patch(path("Rules Pair " + run), Map.of("type", "Freeform"))
                .json()
                .path("type")
                .asString())
        .isEqualTo("Freeform");
    assertThat(wrangler.patch(path("Rules Pair " + run), Map.of("type", "Relationship")).status())
        .isEqualTo(200);
    wrangler.patch(path(fandom), Map.of("canonical", true));
    assertThat(wrangler.patch(path(fandom), Map.of("type", "Character")).status()).isEqualTo(422);

    // Parents: a canonical fandom over a relationship, never the other way round.
    assertThat(
            wrangler
                .patch(path("Rules Pair " + run), Map.of("addParents", List.of(fandom)))
                .status())
        .isEqualTo(200);
    assertThat(tag(fandom).path("children").toString()).contains("Rules Pair " + run);
    wrangler.patch(path("Rules Pair " + run), Map.of("canonical", true));
    assertThat(
            wrangler
                .patch(path(fandom), Map.of("addParents", List.of("Rules Pair " + run)))
                .status())
        .isEqualTo(422);
    assertThat(wrangler.patch(path("Rules Pair " + run), Map.of("synonymOf", fandom)).status())
        .isEqualTo(422);
    assertThat(
            wrangler.patch(path(fandom), Map.of("addMetaTags", List.of("Nothing " + run))).status())
        .isEqualTo(422);
  }

  @Test
  void namesWithSlashesAndPunctuationRoundTrip() {
    String name = "Ana/Ben & Co. ?#' " + run;
    post("Punctuation " + run, name);
    JsonNode tag = tag(name);
    assertThat(tag.path("name").asString()).isEqualTo(name);
    assertThat(
            new org.quire.testing.FormClient(baseUrl())
                .get(
                    "/tags/"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                        + "/works")
                .body())
        .contains("Work " + name.replace("&", "&amp;"), "1 Work");
  }

  @Test
  void autocompleteSuggestsCanonicalTagsFirstByPrefixAndByWord() {
    String fandom = "Autocomplete " + run;
    post(fandom, "Zeta Lightwood/Omega " + run);
    post(fandom, "Lightwood Zeta " + run);
    wrangler.patch(path("Zeta Lightwood/Omega " + run), Map.of("canonical", true));
    JsonNode byWord = api.get("/api/v1/autocomplete/tags?type=Relationship&q=lightwood").json();
    List<String> names = byWord.findValuesAsString("name");
    assertThat(names).contains("Zeta Lightwood/Omega " + run, "Lightwood Zeta " + run);
    assertThat(byWord.get(0).path("canonical").asBoolean()).isTrue();
    assertThat(
            api.get("/api/v1/autocomplete/tags?type=Fandom&q=autocomplete")
                .json()
                .findValuesAsString("name"))
        .contains(fandom);
    assertThat(api.get("/api/v1/autocomplete/tags?type=Bogus&q=x").status()).isEqualTo(422);
  }
}
