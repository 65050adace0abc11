package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.chapter;
import static org.quire.testing.WorkBuilder.sample;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** New accounts' posting is limited; the suite's limits are lowered here to reach them. */
class PostingLimitTest extends IntegrationTest {
  @Autowired LowerablePostingLimits limits;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void restore() {
    limits.restore();
  }

  @Test
  void aNewAccountPostsSoManyWorksADayEvenIfItDeletesThem() {
    limits.lower(2, 1000);
    Api writer = api.as(api.signUpAndToken(Api.unique("hasty")));
    long first = sample("One").post(writer);
    sample("Two").draft().post(writer);

    Api.Response refused = writer.post("/api/v1/works", sample("Three").toMap());
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);
    assertThat(refused.body()).contains("2 works a day");

    assertThat(writer.delete("/api/v1/works/" + first).status()).isEqualTo(204);
    assertThat(writer.post("/api/v1/works", sample("Three").toMap()).status()).isEqualTo(429);
  }

  @Test
  void aNewAccountAddsSoManyChaptersAnHour() {
    limits.lower(1000, 2);
    Api writer = api.as(api.signUpAndToken(Api.unique("serial")));
    // A work's own chapters are not counted: importing a long work is one action.
    long id = sample("Serial").post(writer);
    String chapters = "/api/v1/works/" + id + "/chapters";
    assertThat(writer.post(chapters, chapter("Three", "<p>Third.</p>")).status()).isEqualTo(201);
    assertThat(writer.post(chapters, chapter("Four", "<p>Fourth.</p>")).status()).isEqualTo(201);
    Api.Response refused = writer.post(chapters, chapter("Five", "<p>Fifth.</p>"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isNotBlank();
    assertThat(refused.body()).contains("2 chapters an hour");
  }

  @Test
  void anAccountOlderThanAWeekIsNotLimited() {
    limits.lower(1, 1);
    String name = Api.unique("veteran");
    Api writer = api.as(api.signUpAndToken(name));
    jdbc.sql("update accounts set created_at = now() - interval '8 days' where username = ?")
        .param(name)
        .update();
    long id = sample("One").post(writer);
    sample("Two").post(writer);
    String chapters = "/api/v1/works/" + id + "/chapters";
    assertThat(writer.post(chapters, chapter("Three", "<p>Third.</p>")).status()).isEqualTo(201);
    assertThat(writer.post(chapters, chapter("Four", "<p>Fourth.</p>")).status()).isEqualTo(201);
  }

  @Test
  void thePostingFormSaysWhenToComeBack() {
    limits.lower(1, 1000);
    String name = Api.unique("formwriter");
    sample("One").post(api.as(api.signUpAndToken(name)));
    FormClient writer = signedInClient(name);
    Map<String, String> form = new HashMap<>();
    form.put("title", "Kept title");
    form.put("rating", "General Audiences");
    form.put("warnings", "No Archive Warnings Apply");
    form.put("fandoms", "Original Work");
    form.put("body", "<p>The lamp went out at midnight, and nobody lit it again.</p>");
    form.put("action", "post");
    HttpResponse<String> page = writer.submit("/works/new", "/works", form);
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body()).contains("You are posting too fast", "value=\"Kept title\"");
  }
}
