package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21, browsing by fandom: wranglers put canonical fandoms under a medium, and /media, a
 * medium's fandoms and /fandoms count only the works each reader may see.
 */
class BrowseByFandomTest extends IntegrationTest {
  private static final String ANIME = "Anime & Manga";
  private Api admin;
  private Api writer;
  private Api member;
  private String writerName;
  private String run;

  @BeforeEach
  void setUp() {
    run = Api.unique("");
    admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    writerName = Api.unique("fanwriter");
    writer = api.as(api.signUpAndToken(writerName));
    member = api.as(api.signUpAndToken(Api.unique("fanreader")));
  }

  static String enc(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private String canonical(String fandom) {
    assertThat(admin.patch("/api/v1/tags/" + enc(fandom), Map.of("canonical", true)).status())
        .isEqualTo(200);
    return fandom;
  }

  private Api.Response underMedium(String fandom, String medium) {
    return admin.patch("/api/v1/tags/" + enc(fandom), Map.of("addParents", List.of(medium)));
  }

  private static Map<String, Long> fandoms(Api as, String path) {
    Api.Response r = as.get(path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Map<String, Long> counts = new HashMap<>();
    r.json()
        .path("items")
        .forEach(f -> counts.put(f.path("name").asString(), f.path("worksCount").asLong()));
    return counts;
  }

  @Test
  void aMediumListsItsFandomsWithTheWorksEachReaderMaySee() {
    String fandom = "Mecha Lanterns " + run;
    long open = WorkBuilder.work("Open " + run).fandoms(fandom).post(writer);
    WorkBuilder.work("Restricted " + run).fandoms(fandom).restricted().post(writer);
    WorkBuilder.work("Draft " + run).fandoms(fandom).draft().post(writer);
    long doomed = WorkBuilder.work("Doomed " + run).fandoms(fandom).post(writer);
    canonical(fandom);
    assertThat(underMedium(fandom, ANIME).status()).isEqualTo(200);
    assertThat(writer.delete("/api/v1/works/" + doomed).status()).isEqualTo(204);
    assertThat(open).isPositive();

    String path = "/api/v1/media/" + enc(ANIME) + "/fandoms";
    // Guests: the public work only; members: the restricted one too; nobody: the draft or the
    // deleted work.
    assertThat(fandoms(api, path)).containsEntry(fandom, 1L);
    assertThat(fandoms(member, path)).containsEntry(fandom, 2L);
    assertThat(fandoms(writer, path)).containsEntry(fandom, 2L);
    assertThat(fandoms(api, "/api/v1/fandoms")).containsEntry(fandom, 1L);
    // It is under its medium, so no longer uncategorized.
    assertThat(fandoms(api, "/api/v1/media/" + enc("Uncategorized Fandoms") + "/fandoms"))
        .doesNotContainKey(fandom);

    // The pages say the same, and link the fandom to its works.
    String page = api.get("/media/" + enc(ANIME) + "/fandoms").body();
    assertThat(page)
        .contains("<h1>Anime &amp; Manga</h1>", fandom + "</a> <span class=\"count\">(1)</span>");
    assertThat(page).contains("href=\"/tags/" + enc(fandom) + "/works\"");
    assertThat(page).contains("href=\"#letter-"); // the letter index
    assertThat(member.get("/media/" + enc(ANIME) + "/fandoms").body())
        .doesNotContain("Draft " + run);
    FormClient signedIn = signedInClient(writerName);
    assertThat(signedIn.get("/media/" + enc(ANIME) + "/fandoms").body())
        .contains(fandom + "</a> <span class=\"count\">(2)</span>");
  }

  @Test
  void mediaShowsEachMediumWithItsMostPopularFandoms() {
    String popular = "Arena Stars " + run;
    String quiet = "Arena Whispers " + run;
    for (int i = 0; i < 3; i++) {
      WorkBuilder.work("Popular " + i + " " + run).fandoms(popular).post(writer);
    }
    WorkBuilder.work("Quiet " + run).fandoms(quiet).post(writer);
    for (String f : List.of(popular, quiet)) {
      canonical(f);
      assertThat(underMedium(f, "Video Games").status()).isEqualTo(200);
    }
    JsonNode media = api.get("/api/v1/media").json();
    List<String> names = new java.util.ArrayList<>();
    media.forEach(m -> names.add(m.path("name").asString()));
    assertThat(names)
        .containsExactly(
            "Anime & Manga",
            "Books & Literature",
            "Cartoons & Comics & Graphic Novels",
            "Celebrities & Real People",
            "Movies",
            "Music & Bands",
            "Other Media",
            "Theater",
            "TV Shows",
            "Video Games",
            "Uncategorized Fandoms");
    JsonNode games = media.get(names.indexOf("Video Games"));
    assertThat(games.path("popular").get(0).path("name").asString()).isEqualTo(popular);
    assertThat(games.path("popular").get(0).path("worksCount").asLong()).isEqualTo(3);

    String page = api.get("/media").body();
    assertThat(page).contains("<h2><a href=\"/media/Video%20Games/fandoms\">Video Games</a></h2>");
    assertThat(page).contains(popular + "</a> <span class=\"count\">(3)</span>");
  }

  @Test
  void aFandomUnderNoMediumIsUncategorizedAndUnwrangledOnesNeedAVisibleWork() {
    String plain = "Plain Meadow " + run;
    String hidden = "Hidden Meadow " + run;
    String secret = "Secret Meadow " + run;
    WorkBuilder.work("Meadow " + run).fandoms(plain).post(writer);
    WorkBuilder.work("Hidden " + run).fandoms(hidden).restricted().post(writer);
    WorkBuilder.work("Secret " + run).fandoms(secret).draft().post(writer);
    String path = "/api/v1/media/" + enc("Uncategorized Fandoms") + "/fandoms";
    assertThat(fandoms(api, path)).containsEntry(plain, 1L).doesNotContainKeys(hidden, secret);
    assertThat(fandoms(member, path)).containsEntry(hidden, 1L).doesNotContainKey(secret);
    assertThat(api.get("/fandoms").body()).contains(plain).doesNotContain(hidden, secret);
    assertThat(api.get("/media").body()).doesNotContain(hidden, secret);
  }

  @Test
  void onlyACanonicalFandomGoesUnderAMediumAndAMediumParentsOnlyFandoms() {
    String fandom = "Loose Thread " + run;
    String character = "Loose Walker " + run;
    WorkBuilder.work("Loose " + run).fandoms(fandom).characters(character).post(writer);
    Api.Response notCanonical = underMedium(fandom, ANIME);
    assertThat(notCanonical.status()).isEqualTo(422);
    assertThat(notCanonical.body()).contains("only a canonical fandom goes under a medium");
    canonical(character);
    Api.Response notFandom = underMedium(character, ANIME);
    assertThat(notFandom.status()).isEqualTo(422);
    assertThat(notFandom.body()).contains("a Media tag cannot be a parent of a Character tag");
    // A medium is one of the fixed tags: nobody types it on a work, nor wrangles it.
    assertThat(admin.patch("/api/v1/tags/" + enc(ANIME), Map.of("canonical", false)).status())
        .isEqualTo(422);
    assertThat(api.get("/api/v1/tags/" + enc(ANIME)).json().path("type").asString())
        .isEqualTo("Media");
  }

  @Test
  void theTagEditPageOffersTheMedia() {
    String fandom = "Edit Medium " + run;
    WorkBuilder.work("Edit " + run).fandoms(fandom).post(writer);
    canonical(fandom);
    FormClient wrangler = new FormClient(baseUrl());
    wrangler.logIn(ADMIN, ADMIN_PASSWORD);
    String edit = "/tags/" + enc(fandom) + "/edit";
    String form = wrangler.get("/tags/" + enc(fandom) + "/edit").body();
    assertThat(form).contains("<legend>Media</legend>", "value=\"Video Games\"");
    var saved =
        wrangler.submit(
            edit, edit, Map.of("canonical", "true", "mediaShown", "true", "media", "Movies"));
    assertThat(saved.statusCode()).as(saved.body()).isIn(200, 302, 303);
    assertThat(api.get("/api/v1/tags/" + enc(fandom)).json().path("parents").toString())
        .contains("Movies");
    // Unticked, the fandom leaves the medium.
    wrangler.submit(edit, edit, Map.of("canonical", "true", "mediaShown", "true"));
    assertThat(api.get("/api/v1/tags/" + enc(fandom)).json().path("parents").toString())
        .doesNotContain("Movies");
  }

  @Test
  void anUnknownMediumIsNotFound() {
    assertThat(api.get("/api/v1/media/Radio%20Plays/fandoms").status()).isEqualTo(404);
    assertThat(api.get("/media/Radio%20Plays/fandoms").status()).isEqualTo(404);
  }
}
