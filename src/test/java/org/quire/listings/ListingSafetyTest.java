package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;

/**
 * A reader's filters on the listing pages are never dropped: excluded and included tags stay ticked
 * whatever the result, a malformed field is reported beside it, pagination keeps them all.
 */
class ListingSafetyTest extends IntegrationTest {
  private static final String DEATH = "Major Character Death";

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Three works in a new fandom; one warned for death. Returns the fandom's listing path. */
  private String seed() {
    String fandom = "Safety " + Api.unique("");
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    tagged("Soft Morning").fandom(fandom).freeforms("Fluff").post(writer);
    tagged("Quiet Noon").fandom(fandom).freeforms("Fluff", "Angst").post(writer);
    tagged("Hard Night").fandom(fandom).warnings(DEATH).freeforms("Angst").post(writer);
    return "/tags/" + enc(fandom) + "/works";
  }

  private static Document page(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }

  private static boolean ticked(Document page, String name, String tag) {
    return page.select("#filters input[type=checkbox][name=" + name + "]").stream()
        .anyMatch(input -> input.attr("value").equals(tag) && input.hasAttr("checked"));
  }

  @Test
  void anExcludedWarningStaysTickedThroughAResortThoughNoListedWorkCarriesIt() {
    String path = seed();
    FormClient guest = new FormClient(baseUrl());
    Document excluded = page(guest.get(path + "?exclude=" + enc(DEATH)));
    assertThat(excluded.text()).contains("Soft Morning").doesNotContain("Hard Night");
    assertThat(ticked(excluded, "exclude", DEATH)).isTrue();
    // What "Sort and Filter" sends next: every ticked box plus the new sort.
    StringBuilder resubmit = new StringBuilder(path + "?sort=title");
    for (Element box : excluded.select("#filters input[type=checkbox][checked]")) {
      resubmit.append('&').append(box.attr("name")).append('=').append(enc(box.attr("value")));
    }
    Document resorted = page(guest.get(resubmit.toString()));
    assertThat(resorted.text()).contains("Soft Morning").doesNotContain("Hard Night");
    assertThat(ticked(resorted, "exclude", DEATH)).isTrue();
  }

  @Test
  void aResultWithNoWorksStillShowsTheActiveFiltersToUntick() {
    String path = seed();
    Document none =
        page(
            new FormClient(baseUrl())
                .get(path + "?include=Angst&exclude=" + enc(DEATH) + "&wordsFrom=1000000"));
    assertThat(none.selectFirst("h1").text()).startsWith("0 Works");
    assertThat(ticked(none, "include", "Angst")).isTrue();
    assertThat(ticked(none, "exclude", DEATH)).isTrue();
    assertThat(none.selectFirst("#wordsFrom").attr("value")).isEqualTo("1000000");
  }

  @Test
  void aMalformedFieldIsReportedBesideItWithEveryOtherFilterKept() {
    String path = seed();
    HttpResponse<String> response =
        new FormClient(baseUrl())
            .get(path + "?exclude=" + enc(DEATH) + "&wordsFrom=lots&sort=title&kudosTo=5");
    assertThat(response.statusCode()).isEqualTo(400);
    Document page = page(response);
    assertThat(page.selectFirst("#wordsFrom-error").text()).contains("Words from", "number");
    assertThat(page.selectFirst("#wordsFrom").attr("value")).isEqualTo("lots");
    assertThat(page.selectFirst("#wordsFrom").attr("aria-describedby"))
        .isEqualTo("wordsFrom-error");
    assertThat(page.selectFirst("#kudosTo").attr("value")).isEqualTo("5");
    assertThat(page.selectFirst("#sort option[selected]").attr("value")).isEqualTo("title");
    assertThat(ticked(page, "exclude", DEATH)).isTrue();
    assertThat(page.text()).contains("Quiet Noon", "Soft Morning").doesNotContain("Hard Night");
  }

  @Test
  void paginationLinksKeepEveryFilterIncludingTypedTags() {
    String path = seed();
    FormClient guest = new FormClient(baseUrl());
    Document first =
        page(guest.get(path + "?perPage=1&sort=title&excludeOther=" + enc(DEATH) + "&wordsFrom=1"));
    Element next = first.selectFirst("a[rel=next]");
    assertThat(next).isNotNull();
    String href = next.attr("href");
    assertThat(href).contains("exclude=" + enc(DEATH), "sort=title", "perPage=1", "wordsFrom=1");
    Document second = page(guest.get(path + href));
    assertThat(second.select(".work-list").text()).doesNotContain("Hard Night");
    assertThat(ticked(second, "exclude", DEATH)).isTrue();
    assertThat(second.selectFirst("#wordsFrom").attr("value")).isEqualTo("1");
    String back = second.selectFirst("a[rel=prev]").attr("href");
    assertThat(back).contains("exclude=" + enc(DEATH), "page=1");
  }

  @Test
  void theTagFieldsOfTheSidebarAndTheMuteFormAskForTypesTheApiAccepts() {
    String name = Api.unique("reader");
    api.signUpAndToken(name);
    FormClient reader = new FormClient(baseUrl());
    reader.logIn(name, "password-1");
    Document mutes = page(reader.get("/mutes"));
    Document listing = page(reader.get("/works"));
    List<Element> fields = new ArrayList<>();
    fields.add(mutes.selectFirst("#mute-tag"));
    fields.add(listing.selectFirst("#includeOther"));
    fields.add(listing.selectFirst("#excludeOther"));
    for (Element field : fields) {
      assertThat(field.hasAttr("data-autocomplete")).as(field.id()).isTrue();
      String type = field.attr("data-autocomplete");
      String ask = "/api/v1/autocomplete/tags?q=Fl" + (type.isEmpty() ? "" : "&type=" + type);
      assertThat(api.get(ask).status()).as(field.id() + " asks " + ask).isEqualTo(200);
    }
  }

  @Test
  void theListingHasAFiltersButtonAboveTheResultsAndTheSidebarAfterThem() {
    String path = seed();
    Document page = page(new FormClient(baseUrl()).get(path));
    Element button = page.selectFirst("button#filters-toggle");
    assertThat(button).isNotNull();
    assertThat(button.attr("aria-controls")).isEqualTo("filters-panel");
    List<String> order =
        page.select("#filters-toggle, .work-list, #filters-panel").stream()
            .map(e -> e.id().isEmpty() ? e.className() : e.id())
            .toList();
    assertThat(order).containsExactly("filters-toggle", "work-list", "filters-panel");
  }

  @Test
  void listingHeadingsDescendOneLevelAtATime() {
    String path = seed();
    for (String listing : List.of(path, "/works", "/works/search?q=Morning")) {
      Document page = page(new FormClient(baseUrl()).get(listing));
      int previous = 0;
      for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
        int level = Integer.parseInt(heading.tagName().substring(1));
        assertThat(level)
            .as(listing + ": " + heading.tagName() + " '" + heading.text() + "'")
            .isLessThanOrEqualTo(previous + 1);
        previous = level;
      }
    }
  }

  @Test
  void ariaDescribedByNamesOnlyElementsOnThePage() {
    String path = seed();
    String name = Api.unique("writer");
    api.signUpAndToken(name);
    FormClient writer = new FormClient(baseUrl());
    writer.logIn(name, "password-1");
    List<HttpResponse<String>> pages =
        List.of(
            writer.get(path + "?wordsFrom=lots"),
            writer.get("/works/new"),
            writer.submit("/works/new", "/works", java.util.Map.of("title", "")),
            writer.get("/mutes"),
            writer.get("/works/import"),
            new FormClient(baseUrl()).get("/signup"),
            new FormClient(baseUrl()).get("/login"));
    for (HttpResponse<String> response : pages) {
      Document page = page(response);
      Set<String> ids = new HashSet<>(page.select("[id]").eachAttr("id"));
      for (Element described : page.select("[aria-describedby]")) {
        for (String id : described.attr("aria-describedby").trim().split("\\s+")) {
          assertThat(ids)
              .as(response.uri() + ": #" + described.id() + " described by " + id)
              .contains(id);
        }
      }
      assertThat(Arrays.asList(response.statusCode())).doesNotContain(500);
    }
  }
}
