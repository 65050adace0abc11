package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Searches are bounded: an over-long query, one with too many words or too deep a nesting is a 400
 * that says which limit, and a text search that runs past {@code quire.limits.search-timeout} is
 * stopped with a 503 rather than holding a core.
 */
class SearchBoundsTest extends IntegrationTest {
  @Autowired LuceneWorkIndex index;

  @Test
  void overLongQueriesAreA400NamingTheLimit() {
    for (String parameter : new String[] {"q", "text"}) {
      Api.Response tooLong = search(parameter, "dragon ".repeat(200));
      assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
      assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
      assertThat(tooLong.json().path("detail").asString())
          .contains("'" + parameter + "' is too long", "1000 characters");
    }
  }

  @Test
  void tooManyWordsOrTooDeepANestingIsA400() {
    Api.Response words = search("text", "a ".repeat(101));
    assertThat(words.status()).as(words.body()).isEqualTo(400);
    assertThat(words.json().path("detail").asString()).contains("too many words", "at most 100");

    Api.Response phrase = search("q", "\"" + "b ".repeat(120) + "\"");
    assertThat(phrase.status()).as("each word of a phrase counts").isEqualTo(400);

    Api.Response deep = search("q", "(".repeat(400) + "x" + ")".repeat(400));
    assertThat(deep.status()).as(deep.body()).isEqualTo(400);
    assertThat(deep.json().path("detail").asString()).contains("nests parentheses too deeply");

    Api.Response negations = search("text", "-".repeat(499).replace("-", "- ") + "x");
    assertThat(negations.status()).as("a chain of negations answers").isLessThan(500);

    assertThat(search("q", "(((a OR b) c) -d)").status()).isEqualTo(200);
  }

  @Test
  void theLargestAllowedTextSearchAnswers() {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      query.append(i == 0 ? "" : " OR ").append("w").append(i);
    }
    Api.Response answered = search("text", query.toString());
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
  }

  @Test
  void aTextSearchPastItsTimeLimitIsA503() {
    String word = Api.unique("quagmire").replace("_", "");
    Api writer = api.as(api.signUpAndToken(Api.unique("slow")));
    WorkBuilder.sample("Slow Search")
        .chapters(WorkBuilder.chapter("One", "The " + word + " deepens."))
        .post(writer);
    assertThat(search("text", word).json().path("total").asInt()).isEqualTo(1);

    Duration usual = index.searchTimeout();
    index.searchTimeout(Duration.ZERO); // stands in for a query that runs long
    try {
      Api.Response stopped = search("text", word);
      assertThat(stopped.status()).as(stopped.body()).isEqualTo(503);
      assertThat(stopped.header("Retry-After")).isNotBlank();
      assertThat(stopped.header("Content-Type")).startsWith("application/problem+json");
      assertThat(stopped.json().path("detail").asString()).contains("took longer than");
    } finally {
      index.searchTimeout(usual);
    }
    assertThat(search("text", word).status()).isEqualTo(200);
  }

  private Api.Response search(String parameter, String value) {
    return api.get(
        "/api/v1/works?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
