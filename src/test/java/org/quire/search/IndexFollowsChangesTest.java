package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * What a writer and a reader see of the index: a posted, edited or deleted work is listed (or not)
 * in the very next request; a draft never is; a restricted work only to members; a reading reaches
 * the hits filter and sort within seconds.
 */
class IndexFollowsChangesTest extends IntegrationTest {

  @Test
  void postingEditingAndDeletingShowAtOnce() {
    String word = Api.unique("zephyr").replace("_", "");
    Api writer = api.as(api.signUpAndToken(Api.unique("follower")));
    long id = work("The " + word + " letters").post(writer);
    assertThat(titles("/api/v1/works?q=" + word)).containsExactly("The " + word + " letters");

    writer.patch("/api/v1/works/" + id, Map.of("title", "The " + word + " songs"));
    assertThat(titles("/api/v1/works?q=title:letters+" + word)).isEmpty();
    assertThat(titles("/api/v1/works?q=title:songs+" + word))
        .containsExactly("The " + word + " songs");

    writer.delete("/api/v1/works/" + id);
    assertThat(titles("/api/v1/works?q=" + word)).isEmpty();
  }

  @Test
  void draftsAreNeverListedAndRestrictedWorksOnlyToMembers() {
    String word = Api.unique("quill").replace("_", "");
    String member = api.signUpAndToken(Api.unique("member"));
    Api writer = api.as(api.signUpAndToken(Api.unique("drafter")));
    work(word + " draft").draft().post(writer);
    work(word + " restricted").restricted().post(writer);
    work(word + " public").post(writer);

    assertThat(titles("/api/v1/works?q=" + word)).containsExactly(word + " public");
    assertThat(api.as(member).get("/api/v1/works?q=" + word + "&sort=title").json().path("items"))
        .extracting(item -> item.path("title").asString())
        .containsExactly(word + " public", word + " restricted");
    assertThat(writer.get("/api/v1/works?q=" + word).json().path("total").asLong())
        .as("not even its creator sees a draft in listings")
        .isEqualTo(2);
  }

  @Test
  void aReadingReachesTheHitsFilterWithinSeconds() throws Exception {
    String word = Api.unique("ember").replace("_", "");
    Api writer = api.as(api.signUpAndToken(Api.unique("hitter")));
    long id = work(word).post(writer);
    assertThat(titles("/api/v1/works?q=" + word + "&hits=%3E0")).isEmpty();

    assertThat(api.get("/works/" + id, "text/html").status()).isEqualTo(200);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (titles("/api/v1/works?q=" + word + "&hits=%3E0").isEmpty()) {
      assertThat(System.nanoTime()).as("the hit is counted within 5 s").isLessThan(deadline);
      Thread.sleep(100);
    }
    JsonNode listed = api.get("/api/v1/works?q=" + word + "&sort=hits").json();
    assertThat(listed.path("items").get(0).path("stats").path("hits").asLong()).isEqualTo(1);
  }

  private List<String> titles(String path) {
    JsonNode page = api.get(path).json();
    return page.path("items").valueStream().map(item -> item.path("title").asString()).toList();
  }
}
