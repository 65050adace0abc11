package org.quire.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;

class WranglingPagesTest extends IntegrationTest {

  @Test
  void adminsGrantTheWranglerRoleWhoThenWorkTheFandomsBins() {
    String run = Api.unique("");
    String fandom = "Bin Fandom " + run;
    Api writer = api.as(api.signUpAndToken(Api.unique("writer")));
    work("Binned")
        .fandom(fandom)
        .characters("Binned Character " + run)
        .text("A chapter long enough to post.")
        .post(writer);

    String wranglerName = Api.unique("wr");
    api.signUpAndToken(wranglerName);
    FormClient wrangler = signedInClient(wranglerName);
    String encoded = URLEncoder.encode(fandom, StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(wrangler.get("/tags/" + encoded + "/wrangle").statusCode()).isEqualTo(403);

    FormClient admin = new FormClient(baseUrl());
    admin.logIn(ADMIN, ADMIN_PASSWORD);
    admin.submit("/admin", "/admin/wranglers", Map.of("username", wranglerName));
    assertThat(admin.get("/admin").body()).contains(wranglerName);

    // Roles are read at sign-in.
    wrangler = signedInClient(wranglerName);
    wrangler.submit(
        "/tags/" + encoded + "/edit",
        "/tags/" + encoded + "/edit",
        Map.of("type", "Fandom", "canonical", "true"));
    String bin = wrangler.get("/tags/" + encoded + "/wrangle?type=Character").body();
    assertThat(bin).contains("Binned Character " + run, "unwrangled");
    wrangler.submit(
        "/tags/" + encoded + "/wrangle?type=Character",
        "/tags/" + encoded + "/wrangle?type=Character",
        Map.of("selected", "Binned Character " + run, "action", "parent"));
    wrangler.submit(
        "/tags/" + encoded + "/wrangle?type=Character",
        "/tags/" + encoded + "/wrangle?type=Character",
        Map.of("selected", "Binned Character " + run, "action", "canonical"));
    assertThat(wrangler.get("/tags/" + encoded + "/wrangle?type=Character").body())
        .doesNotContain("Binned Character " + run);
    Api.Response character =
        api.get(
            "/api/v1/tags/"
                + URLEncoder.encode("Binned Character " + run, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
    assertThat(character.json().path("canonical").asBoolean()).isTrue();
    assertThat(character.json().path("parents").toString()).contains(fandom);
  }
}
