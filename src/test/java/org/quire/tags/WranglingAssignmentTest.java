package org.quire.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** /wrangling and its API: who may assign fandoms, the bins' counts, and "show all" kept. */
class WranglingAssignmentTest extends IntegrationTest {

  private static String enc(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A canonical fandom with works carrying two unwrangled characters (one twice) and a freeform.
   */
  private String fandomWithTags(String run) {
    String fandom = "Assigned Fandom " + run;
    Api writer = api.as(api.signUpAndToken(Api.unique("writer")));
    for (List<String> characters :
        List.of(List.of("Ann " + run, "Bob " + run), List.of("Ann " + run))) {
      assertThat(
              writer
                  .post(
                      "/api/v1/works",
                      Map.of(
                          "title", "Work of " + run,
                          "rating", "General Audiences",
                          "warnings", List.of("No Archive Warnings Apply"),
                          "fandoms", List.of(fandom),
                          "characters", characters,
                          "freeforms", List.of("Fluff " + run),
                          "chapters", List.of(Map.of("body", "A chapter long enough to post."))))
                  .status())
          .isEqualTo(201);
    }
    admin().patch("/api/v1/tags/" + enc(fandom), Map.of("canonical", true));
    return fandom;
  }

  private Api admin() {
    return api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
  }

  private Api wrangler(String name) {
    api.signUpAndToken(name);
    admin().put("/api/v1/admin/users/" + name + "/roles/wrangler", Map.of());
    return api.as(api.tokenFor(name, "password-1"));
  }

  private static JsonNode entry(JsonNode list, String fandom) {
    for (JsonNode f : list) {
      if (f.path("name").asText().equals(fandom)) {
        return f;
      }
    }
    return tools.jackson.databind.node.MissingNode.getInstance();
  }

  @Test
  void wranglersAssignThemselvesAdminsAssignOthersAndPlainUsersCannot() {
    String run = Api.unique("");
    String fandom = fandomWithTags(run);
    String wranglerName = Api.unique("wr");
    Api wrangler = wrangler(wranglerName);
    String otherName = Api.unique("wr2");
    wrangler(otherName);
    Api user = api.as(api.signUpAndToken(Api.unique("plain")));

    // Unassigned first, with its bins' counts: Ann and Bob, no relationship, one freeform.
    JsonNode unassigned =
        entry(wrangler.get("/api/v1/wrangling").json().path("unassigned"), fandom);
    assertThat(unassigned.path("characters").asLong()).isEqualTo(2);
    assertThat(unassigned.path("relationships").asLong()).isZero();
    assertThat(unassigned.path("freeforms").asLong()).isEqualTo(1);

    String path = "/api/v1/tags/" + enc(fandom) + "/wranglers/";
    assertThat(user.put(path + wranglerName, Map.of()).status()).isEqualTo(403);
    assertThat(user.get("/api/v1/wrangling").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/wrangling").status()).isEqualTo(401);
    assertThat(wrangler.put(path + otherName, Map.of()).status()).isEqualTo(403);
    assertThat(wrangler.put(path + wranglerName, Map.of()).status()).isEqualTo(204);

    JsonNode mine = wrangler.get("/api/v1/wrangling").json();
    assertThat(entry(mine.path("fandoms"), fandom).path("wranglers").toString())
        .contains(wranglerName);
    assertThat(entry(mine.path("fandoms"), fandom).path("characters").asLong()).isEqualTo(2);
    assertThat(entry(mine.path("unassigned"), fandom).isMissingNode()).isTrue();

    // An admin assigns another wrangler, but never a plain user or a non-canonical tag.
    Api admin = admin();
    assertThat(admin.put(path + otherName, Map.of()).status()).isEqualTo(204);
    assertThat(
            admin
                .put(path + user.get("/api/v1/me").json().path("username").asText(), Map.of())
                .status())
        .isEqualTo(422);
    assertThat(
            admin
                .put("/api/v1/tags/" + enc("Ann " + run) + "/wranglers/" + otherName, Map.of())
                .status())
        .isEqualTo(422);
    assertThat(
            admin
                .put("/api/v1/tags/" + enc("No such " + run) + "/wranglers/" + otherName, Map.of())
                .status())
        .isEqualTo(404);

    // Wrangling a character takes it out of the count.
    admin.patch("/api/v1/tags/" + enc("Ann " + run), Map.of("canonical", true));
    assertThat(
            entry(wrangler.get("/api/v1/wrangling").json().path("fandoms"), fandom)
                .path("characters")
                .asLong())
        .isEqualTo(1);

    assertThat(wrangler.delete(path + wranglerName).status()).isEqualTo(204);
    assertThat(
            entry(wrangler.get("/api/v1/wrangling").json().path("fandoms"), fandom).isMissingNode())
        .isTrue();
  }

  private static String followed(FormClient client, java.net.http.HttpResponse<String> redirect) {
    assertThat(redirect.statusCode()).isEqualTo(302);
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return client.get(location.replaceFirst("^https?://[^/]+", "")).body();
  }

  @Test
  void theWranglingPageLinksBinsThatShowUseCountsAndKeepShowAll() {
    String run = Api.unique("");
    String fandom = fandomWithTags(run);
    String wranglerName = Api.unique("wr");
    wrangler(wranglerName);
    FormClient page = signedInClient(wranglerName);
    String plainName = Api.unique("pl");
    api.signUpAndToken(plainName);
    assertThat(signedInClient(plainName).get("/wrangling").statusCode()).isEqualTo(403);

    // Assign through the page's "Assign me" on the unassigned list.
    String home = page.get("/wrangling").body();
    assertThat(home).contains("Unassigned fandoms", fandom);
    page.submit("/wrangling", "/wrangling/assign", Map.of("fandom", fandom));
    home = page.get("/wrangling").body();
    String mine = home.substring(home.indexOf("Your fandoms"), home.indexOf("Assign a fandom"));
    assertThat(mine)
        .contains(fandom, "/tags/" + enc(fandom) + "/wrangle?type=Character")
        .contains(">2</a>", ">1</a>", ">0</a>");
    // A mistyped fandom is said beside the field.
    assertThat(
            page.submit(
                    "/wrangling", "/wrangling/assign", Map.of("fandom", "No such fandom " + run))
                .body())
        .contains("Fandom is not a tag here.");

    // Ann is used by two works, Bob by one.
    String bin = page.get("/tags/" + enc(fandom) + "/wrangle?type=Character").body();
    assertThat(bin).containsPattern("Ann " + run + "</a></td>\\s*<td class=\"uses\">2</td>");
    assertThat(bin).containsPattern("Bob " + run + "</a></td>\\s*<td class=\"uses\">1</td>");
    assertThat(bin).contains("data-autocomplete=\"Character\"", "data-autocomplete-canonical");

    // An action from the "show all" view comes back to "show all", where the wrangled tag stays.
    String all = "/tags/" + enc(fandom) + "/wrangle?type=Character&status=all";
    String after =
        followed(
            page, page.submit(all, all, Map.of("selected", "Ann " + run, "action", "canonical")));
    assertThat(after).contains("1 tag(s) wrangled.", "Show unwrangled only", "Ann " + run);
    assertThat(after)
        .containsPattern("Ann " + run + "</a></td>\\s*<td class=\"uses\">2</td>\\s*<td>canonical");
    // Making a synonym needs a target: said, not attempted.
    assertThat(
            followed(
                page, page.submit(all, all, Map.of("selected", "Bob " + run, "action", "synonym"))))
        .contains("Name the canonical tag");
  }
}
