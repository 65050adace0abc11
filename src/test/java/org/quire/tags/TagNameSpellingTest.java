package org.quire.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;

/**
 * One tag however its name's spaces and accents were typed, and a name of invisible characters
 * refused, as an API client sees it.
 */
class TagNameSpellingTest extends IntegrationTest {

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void spacesTabsAndDecomposedAccentsMakeOneTag() {
    Api writer = api.as(api.signUpAndToken(Api.unique("spacer")));
    String stem = Api.unique("Hc");
    String name = stem + " Hurt/ Comfort";
    String accented = stem + " Caf\u00e9";
    long first = sample("Spaced one").freeforms(name, accented).post(writer);
    long second =
        sample("Spaced two")
            .freeforms("  " + stem + "  Hurt/\tComfort\t", stem + " Cafe\u0301", name)
            .post(writer);
    long third = sample("Spaced three").freeforms(stem + "\u00a0Hurt/\u3000Comfort").post(writer);

    for (long id : List.of(first, second, third)) {
      Api.Response work = api.get("/api/v1/works/" + id);
      List<String> freeforms =
          work.json().path("freeforms").valueStream().map(n -> n.asString()).toList();
      assertThat(freeforms)
          .as(work.body())
          .contains(name)
          .doesNotContain(stem + "  Hurt/\tComfort");
    }
    assertThat(
            api.get("/api/v1/works/" + second)
                .json()
                .path("freeforms")
                .valueStream()
                .map(n -> n.asString())
                .toList())
        .containsExactly(name, accented);

    // The tag's page and lookups take any spelling too.
    Api.Response tag = api.get("/api/v1/tags/" + enc(stem + "   Hurt/\tComfort"));
    assertThat(tag.status()).as(tag.body()).isEqualTo(200);
    assertThat(tag.json().path("name").asString()).isEqualTo(name);
    assertThat(api.get("/api/v1/tags/" + enc(stem + " Cafe\u0301")).json().path("name").asString())
        .isEqualTo(accented);
    Api.Response listed = api.get("/api/v1/works?tag=" + enc(stem + "  Hurt/ Comfort"));
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.json().path("items").valueStream().map(w -> w.path("id").asLong()).toList())
        .containsExactlyInAnyOrder(first, second, third);
  }

  @Test
  void aNameOfOnlyInvisibleCharactersIsRefused() {
    Api writer = api.as(api.signUpAndToken(Api.unique("ghost")));
    for (String invisible :
        List.of(
            "\u200b",
            "\u200c\u200d",
            "\u2060",
            "\ufeff",
            "\u202e\u202c",
            "\u2066 \u2069",
            " \u200e\t")) {
      Api.Response r =
          writer.post("/api/v1/works", sample("Ghost tag").freeforms("Fluff", invisible).toMap());
      assertThat(r.status()).as(r.body()).isEqualTo(422);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("freeforms");
      assertThat(r.json().path("errors").get(0).path("message").asString()).contains("invisible");
    }
    // As the only fandom, too.
    Api.Response r =
        writer.post("/api/v1/works", sample("Ghost fandom").fandom("\u200b\u200b").toMap());
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("fandoms");
  }
}
