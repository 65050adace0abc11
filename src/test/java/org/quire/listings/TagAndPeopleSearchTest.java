package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21: tag search (/tags/search, GET /api/v1/tags) and people search (/people, GET
 * /api/v1/people). Neither names nor counts a work the searcher may not see.
 */
class TagAndPeopleSearchTest extends IntegrationTest {

  private static List<String> names(JsonNode page, String field) {
    List<String> names = new ArrayList<>();
    page.path("items").forEach(i -> names.add(i.path(field).asString()));
    return names;
  }

  private static long uses(JsonNode page, String name) {
    for (JsonNode i : page.path("items")) {
      if (i.path("name").asString().equals(name)) {
        return i.path("worksCount").asLong();
      }
    }
    throw new AssertionError(name + " not found in " + page);
  }

  @Test
  void tagsByNameTypeCanonicalAndUses() {
    String run = Api.unique("");
    String stem = "Quillfeather" + run;
    Api writer = api.as(api.signUpAndToken(Api.unique("tagwriter")));
    Api member = api.as(api.signUpAndToken(Api.unique("tagreader")));
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    String rare = stem + " Rare";
    String common = stem + " Common";
    String draftOnly = stem + " Draftonly";
    String membersOnly = stem + " Membersonly";
    WorkBuilder.work("One " + run).freeforms(rare, common).post(writer);
    WorkBuilder.work("Two " + run).freeforms(common).characters(stem + " Hero").post(writer);
    WorkBuilder.work("Three " + run).freeforms(common).post(writer);
    WorkBuilder.work("Draft " + run).freeforms(draftOnly).draft().post(writer);
    WorkBuilder.work("Restricted " + run).freeforms(membersOnly).restricted().post(writer);
    admin.patch("/api/v1/tags/" + BrowseByFandomTest.enc(rare), Map.of("canonical", true));

    JsonNode byName = api.get("/api/v1/tags?q=" + stem.toLowerCase(java.util.Locale.ROOT)).json();
    assertThat(names(byName, "name")).containsExactly(common, stem + " Hero", rare);
    assertThat(byName.path("total").asLong()).isEqualTo(3);
    JsonNode byUses = api.get("/api/v1/tags?q=" + stem + "&sort=uses").json();
    assertThat(names(byUses, "name").get(0)).isEqualTo(common);
    assertThat(uses(byUses, common)).isEqualTo(3);
    assertThat(names(api.get("/api/v1/tags?q=" + stem + "&type=Character").json(), "name"))
        .containsExactly(stem + " Hero");
    assertThat(names(api.get("/api/v1/tags?q=" + stem + "&canonical=true").json(), "name"))
        .containsExactly(rare);
    // A tag typed only on a draft is nobody's to find; one on a restricted work, members' only.
    JsonNode asMember = member.get("/api/v1/tags?q=" + stem).json();
    assertThat(names(asMember, "name")).contains(membersOnly).doesNotContain(draftOnly);
    assertThat(names(byName, "name")).doesNotContain(membersOnly, draftOnly);
    assertThat(names(writer.get("/api/v1/tags?q=" + stem).json(), "name"))
        .doesNotContain(draftOnly);

    String page = api.get("/tags/search?name=" + stem + "&sort=uses").body();
    assertThat(page).contains("3 tags found", common, rare).doesNotContain(membersOnly, draftOnly);
    assertThat(page).contains("<option value=\"uses\" selected>Uses</option>");
  }

  @Test
  void aBadTypeOrSortIsAFieldMessage() {
    Api.Response r = api.get("/api/v1/tags?type=Bogus&sort=size");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body()).contains("\"field\":\"type\"", "\"field\":\"sort\"");
    assertThat(api.get("/api/v1/tags?perPage=500").status()).isEqualTo(400);
    Api.Response page = api.get("/tags/search?name=x&type=Bogus", "text/html");
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).contains("id=\"type-error\"", "must be one of");
    assertThat(page.body()).contains("value=\"x\""); // what was typed is kept
  }

  @Test
  void peopleByUsernameOrPseudCountOnlyWorksListedToTheSearcher() {
    String name = Api.unique("seekwriter");
    Api writer = api.as(api.signUpAndToken(name));
    Api member = api.as(api.signUpAndToken(Api.unique("seekreader")));
    String pseud = "Nightjar" + Api.unique("");
    assertThat(writer.post("/api/v1/me/pseuds", Map.of("name", pseud)).status()).isIn(200, 201);
    WorkBuilder.work("Public " + name).post(writer);
    WorkBuilder.work("Restricted " + name).restricted().post(writer);
    WorkBuilder.work("Draft " + name).draft().post(writer);

    // The account's default pseud (its works) and the other pseud (none), both by username.
    JsonNode guest = api.get("/api/v1/people?q=" + name).json();
    assertThat(names(guest, "username")).containsOnly(name);
    assertThat(names(guest, "pseud")).containsExactly(pseud, name);
    assertThat(count(guest, name)).isEqualTo(1);
    assertThat(count(guest, pseud)).isZero();
    assertThat(count(member.get("/api/v1/people?q=" + name).json(), name)).isEqualTo(2);
    assertThat(count(writer.get("/api/v1/people?q=" + name).json(), name)).isEqualTo(2);
    // By pseud: the pseud and its account.
    JsonNode byPseud =
        api.get("/api/v1/people?q=" + pseud.toLowerCase(java.util.Locale.ROOT)).json();
    assertThat(names(byPseud, "pseud")).containsExactly(pseud);
    assertThat(names(byPseud, "username")).containsExactly(name);

    String page = api.get("/people?query=" + name, "text/html").body();
    assertThat(page).contains("2 people found", "href=\"/users/" + name + "\"", "1 work<");
    assertThat(page).doesNotContain("Draft " + name);
  }

  private static long count(JsonNode page, String pseud) {
    for (JsonNode i : page.path("items")) {
      if (i.path("pseud").asString().equals(pseud)) {
        return i.path("worksCount").asLong();
      }
    }
    throw new AssertionError(pseud + " not found in " + page);
  }
}
