package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.BinaryClient;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;

class ImportPagesTest extends IntegrationTest {
  @Test
  void guestsAreSentToLogInAndFormsNeedTheirCsrfToken() {
    HttpResponse<String> page = new FormClient(baseUrl()).get("/works/import");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");

    HttpResponse<byte[]> forged =
        new BinaryClient(baseUrl())
            .postMultipart(
                "/works/import",
                Map.of("rating", List.of("General Audiences")),
                List.of(
                    new BinaryClient.FilePart(
                        "file", "a.txt", "text/plain", Fixtures.utf8("Title\n\nSome text here."))));
    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void aFileOverTheLimitIsA413PageNotAnError() {
    String name = org.quire.testing.Api.unique("imp");
    api.signUpAndToken(name);
    BinaryClient client = new BinaryClient(baseUrl()).logIn(name);
    java.util.regex.Matcher action =
        java.util.regex.Pattern.compile("action=\"(/works/import\\?_csrf=[^\"]+)\"")
            .matcher(BinaryClient.text(client.get("/works/import")));
    assertThat(action.find()).isTrue();
    byte[] huge = new byte[21 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    HttpResponse<byte[]> response =
        client.postMultipart(
            action.group(1).replace("&amp;", "&"),
            Map.of(),
            List.of(new BinaryClient.FilePart("file", "huge.txt", "text/plain", huge)),
            "Accept",
            "text/html");
    // Tomcat refuses the body while the CSRF filter reads its token: the error page says 413.
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(BinaryClient.text(response)).contains("Content Too Large", "too large");
  }

  @Test
  void anExpiredImportAsksForTheFileAgain() {
    String name = org.quire.testing.Api.unique("imp");
    api.signUpAndToken(name);
    FormClient client = signedInClient(name);
    HttpResponse<String> expired =
        client.submit("/works/import", "/works/import/0123456789abcdef", Map.of("title", "x"));
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(expired.body())
        .contains("no longer waiting", "upload the file again", "Import a Work");
  }

  @Test
  void theReviewStepMarksTheWorkCompleteAndKeepsTheFilesDates() {
    String name = org.quire.testing.Api.unique("imp");
    org.quire.testing.Api owner = api.as(api.signUpAndToken(name));
    BinaryClient client = new BinaryClient(baseUrl()).logIn(name);
    java.util.regex.Matcher action =
        java.util.regex.Pattern.compile("action=\"/works/import\\?_csrf=([^\"]+)\"")
            .matcher(BinaryClient.text(client.get("/works/import")));
    assertThat(action.find()).isTrue();
    String csrf = action.group(1);
    // An AO3 download of a work in progress (2 of 3 chapters) whose rating is not one Quire knows.
    String html =
        Fixtures.text("ao3-download.html").replace(">Teen And Up Audiences</a>", ">Teen</a>");
    HttpResponse<byte[]> review =
        client.postMultipart(
            "/works/import?_csrf=" + csrf,
            Map.of("action", List.of("post")),
            List.of(
                new BinaryClient.FilePart(
                    "file", "daughter.html", "text/html", Fixtures.utf8(html))),
            "Accept",
            "text/html");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(BinaryClient.text(review));
    assertThat(page.select("h1").text()).isEqualTo("Complete the Import");
    assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#rating");
    assertThat(page.getElementById("import-dates").text())
        .contains("Published 2021-06-14", "updated 2021-08-02");
    assertThat(page.getElementById("complete")).as("a 'complete' box").isNotNull();
    assertThat(page.getElementById("complete").hasAttr("checked")).isFalse();
    String token =
        page.selectFirst("form[action^=/works/import/]")
            .attr("action")
            .replace("/works/import/", "");

    Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
    for (org.jsoup.nodes.Element input :
        page.select("form[action^=/works/import/] input[type=text]")) {
      fields.put(input.attr("name"), List.of(input.val()));
    }
    fields.put("summary", List.of(page.getElementById("summary").text()));
    fields.put("language", List.of("en"));
    fields.put("warnings", page.select("input[name=warnings][checked]").eachAttr("value"));
    fields.put("rating", List.of("Teen And Up Audiences"));
    fields.put("complete", List.of("true"));
    fields.put("action", List.of("post"));
    HttpResponse<byte[]> saved =
        client.postMultipart("/works/import/" + token + "?_csrf=" + csrf, fields, List.of());
    assertThat(saved.statusCode()).as(BinaryClient.text(saved)).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(location.replaceAll(".*/works/(\\d+).*", "$1"));

    var work = owner.get("/api/v1/works/" + id).json();
    assertThat(work.path("complete").asBoolean()).as("ticked 'complete'").isTrue();
    assertThat(work.path("chapterCount").asInt()).isEqualTo(2);
    assertThat(work.path("publishedAt").asString()).startsWith("2021-06-14");
    assertThat(work.path("updatedAt").asString()).startsWith("2021-08-02");
  }
}
