package org.quire.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.downloads.OpdsTest.children;
import static org.quire.downloads.OpdsTest.entry;
import static org.quire.downloads.OpdsTest.parse;
import static org.quire.testing.WorkBuilder.work;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A reader's private OPDS feeds: bookmarks (restricted works included, as the reader may read
 * them), marked for later, subscriptions; downloads through the secret address without a password;
 * the adult-content warning still asked; a replaced address stops working.
 */
class PrivateFeedsTest extends IntegrationTest {

  @Test
  void aReadersListsReachTheirEReaderWithoutAPassword() throws Exception {
    Api writer = api.as(api.signUpAndToken(Api.unique("feedwriter")));
    Api reader = api.as(api.signUpAndToken(Api.unique("feedreader")));
    long grove = work("Hidden Grove").restricted().post(writer);
    long garden = work("Night Garden").rating("Explicit").post(writer);
    long someday = work("Someday Story").post(writer);

    reader.post("/api/v1/bookmarks", Map.of("workId", grove, "private", true));
    reader.post("/api/v1/bookmarks", Map.of("workId", garden));
    reader.put("/api/v1/me/history/" + someday + "/later", Map.of("later", true));

    String url = reader.post("/api/v1/me/feed-token", Map.of()).json().path("url").asString();
    BinaryClient guest = new BinaryClient(baseUrl());
    String root = URI.create(url).getRawPath();
    Document catalog = parse(guest.get(root).body());
    assertThat(
            children(catalog.getDocumentElement(), "entry").stream()
                .map(e -> children(e, "title").get(0).getTextContent())
                .toList())
        .containsExactly("Bookmarks", "Subscriptions", "Marked for Later");

    HttpResponse<byte[]> bookmarks = guest.get(root + "/bookmarks");
    assertThat(bookmarks.headers().firstValue("Content-Type").orElse(""))
        .contains("kind=acquisition");
    Document feed = parse(bookmarks.body());
    Element restricted = entry(feed, "Hidden Grove");
    HttpResponse<byte[]> epub = guest.get(path(acquisition(restricted)));
    assertThat(epub.statusCode()).as("a restricted work, downloaded as its reader").isEqualTo(200);
    assertThat(epub.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/epub+zip");

    String adultLink = acquisition(entry(feed, "Night Garden"));
    assertThat(adultLink).doesNotContain("view_adult");
    assertThat(guest.get(path(adultLink)).statusCode()).isEqualTo(200);
    assertThat(new BinaryClient(baseUrl()).get(URI.create(adultLink).getRawPath()).statusCode())
        .as("downloads are not behind the adult-content gate, as on AO3")
        .isEqualTo(200);

    Document later = parse(guest.get(root + "/later").body());
    assertThat(entry(later, "Someday Story")).isNotNull();
    assertThat(guest.get("/opds/works").statusCode()).isEqualTo(200);
    assertThat(BinaryClient.text(guest.get("/opds/works"))).doesNotContain("Hidden Grove");

    reader.post("/api/v1/me/feed-token", Map.of());
    assertThat(guest.get(root).statusCode()).as("the old address stops working").isEqualTo(404);
  }

  private static String acquisition(Element entry) {
    for (Element link : children(entry, "link")) {
      if (link.getAttribute("rel").equals("http://opds-spec.org/acquisition")
          && link.getAttribute("type").equals("application/epub+zip")) {
        return link.getAttribute("href");
      }
    }
    throw new AssertionError("no EPUB acquisition link");
  }

  private static String path(String url) {
    URI uri = URI.create(url);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
