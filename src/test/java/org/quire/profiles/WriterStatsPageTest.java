package org.quire.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;

/** A writer's statistics page: the owner's posted works, sortable, by year, with a hits chart. */
class WriterStatsPageTest extends IntegrationTest {

  @Test
  void onlyTheWriterSeesTheirStatistics() {
    String name = Api.unique("statsowner");
    Api writer = api.as(api.signUpAndToken(name));
    tagged("Counted " + name).post(writer);
    String other = Api.unique("statsother");
    api.signUpAndToken(other);

    String path = "/users/" + name + "/stats";
    assertThat(new FormClient(baseUrl()).get(path).statusCode()).isEqualTo(404);
    var asOther = signedInClient(other).get(path);
    assertThat(asOther.statusCode()).isEqualTo(404);
    assertThat(asOther.body()).doesNotContain("Counted " + name);
    assertThat(signedInClient(name).get(path).statusCode()).isEqualTo(200);
    assertThat(signedInClient(name).get("/users/nobody" + name + "/stats").statusCode())
        .isEqualTo(404);
  }

  @Test
  void countsTotalsSortingYearsAndAChartOfHitsPerDay() throws InterruptedException {
    String name = Api.unique("statswriter");
    Api writer = api.as(api.signUpAndToken(name));
    long short1 = tagged("Short " + name).text("Three small words.").post(writer);
    long long1 =
        tagged("Long " + name)
            .text("Many more words in this one, quite a few of them.")
            .post(writer);
    tagged("Draft " + name).draft().post(writer);
    String readerName = Api.unique("statsreader");
    Api reader = api.as(api.signUpAndToken(readerName));
    assertThat(reader.post("/api/v1/works/" + long1 + "/kudos", Map.of()).status()).isEqualTo(201);
    assertThat(reader.post("/api/v1/bookmarks", Map.of("workId", long1)).status()).isEqualTo(201);
    assertThat(
            reader
                .post("/api/v1/subscriptions", Map.of("type", "work", "id", Long.toString(long1)))
                .status())
        .isEqualTo(201);
    // Two readers open the long work: two hits today once the counter flushes.
    new FormClient(baseUrl()).get("/works/" + long1);
    signedInClient(readerName).get("/works/" + long1);
    new FormClient(baseUrl()).get("/works/" + short1);

    FormClient owner = signedInClient(name);
    String path = "/users/" + name + "/stats";
    String page = "";
    for (int i = 0; i < 50 && !page.contains("<svg"); i++) {
      Thread.sleep(200);
      page = owner.get(path).body();
    }
    assertThat(page).contains("Short " + name, "Long " + name, "hits-chart", "<rect");
    assertThat(page).doesNotContain("Draft " + name);
    String row = page.substring(page.indexOf("stats-work-" + long1));
    row = row.substring(0, row.indexOf("</tr>"));
    // words 11, hits 2, kudos 1, comments 0, bookmarks 1, subscriptions 1
    assertThat(row.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).contains("11 2 1 0 1 1");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(page).contains("Works published in", today);
    assertThat(page.substring(page.indexOf("<tfoot>")).replaceAll("<[^>]+>", " "))
        .contains("Total");

    // Sorted by hits (most first) by default; by words ascending on request.
    assertThat(page.indexOf("stats-work-" + long1))
        .isLessThan(page.indexOf("stats-work-" + short1));
    String byWords = owner.get(path + "?sort=words&order=asc").body();
    assertThat(byWords.indexOf("stats-work-" + short1))
        .isLessThan(byWords.indexOf("stats-work-" + long1));
    assertThat(byWords).contains("aria-sort=\"ascending\"");

    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    assertThat(owner.get(path + "?year=" + year).body()).contains("Long " + name);
    assertThat(owner.get(path + "?year=" + (year - 5)).body())
        .doesNotContain("Long " + name)
        .contains("No posted works published in " + (year - 5));
    assertThat(owner.get(path + "?year=soon").statusCode()).isEqualTo(400);
    assertThat(owner.get(path + "?sort=nonsense").statusCode()).isEqualTo(400);
  }
}
