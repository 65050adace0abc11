package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/**
 * A guard against hangs, not a speed check: chapters of hostile markup at the body limit (the
 * shapes that made sanitizing quadratic, and their relatives) are posted, read, downloaded in every
 * format and imported, and each answers within a generous time. How fast each is, is measured by
 * {@code HostileTextBenchmark}.
 */
class HostileMarkupTest extends IntegrationTest {
  private static final Duration GENEROUS = Duration.ofSeconds(90);

  /** Each unit repeated up to the body limit. */
  private static final List<String> UNITS =
      List.of(
          "<b>",
          "<i>x",
          "<em><q>",
          "<b>x<i>y</b>z</i>",
          "<div><ul><li>",
          "<table><tr><td>",
          "<a href=\"#x\">",
          "&<");

  @Test
  void hostileChaptersArePostedReadAndDownloaded() {
    Api writer = api.as(api.signUpAndToken(Api.unique("hostile")));
    List<Map<String, Object>> chapters = new ArrayList<>();
    for (String unit : UNITS.subList(0, 4)) {
      chapters.add(WorkBuilder.chapter("", atLimit(unit)));
    }
    WorkBuilder work =
        WorkBuilder.sample("Unclosed Everything").chapters(chapters).with("expectedChapters", null);
    long id = within(() -> work.post(writer));
    for (String unit : UNITS.subList(4, UNITS.size())) {
      Map<String, Object> markdown = WorkBuilder.chapter("", atLimit(unit));
      markdown.put("format", "markdown");
      Api.Response added = within(() -> writer.post("/api/v1/works/" + id + "/chapters", markdown));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    Api.Response read = within(() -> api.get("/api/v1/works/" + id + "/chapters/4"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("body").asText()).startsWith("<p><b>x<i>y</i></b><i>z</i>");
    BinaryClient guest = new BinaryClient(baseUrl());
    HttpResponse<byte[]> page =
        within(() -> guest.get("/works/" + id + "?view_adult=true&view=full"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Unclosed Everything");
    for (String format : List.of("epub", "html", "txt", "pdf")) {
      HttpResponse<byte[]> download =
          within(() -> guest.get("/works/" + id + "/download." + format));
      assertThat(download.statusCode()).as(format).isEqualTo(200);
      assertThat(download.body().length).as(format).isGreaterThan(1_000);
    }
  }

  @Test
  void hostileHtmlIsImported() {
    String token = api.signUpAndToken(Api.unique("hostimp"));
    String file =
        "<html><head><title>Imported Tangle</title></head><body>"
            + "<b><i>x</b>".repeat(WorkRules.BODY_MAX / 30)
            + "</body></html>";
    BinaryClient client = new BinaryClient(baseUrl());
    HttpResponse<byte[]> imported =
        within(
            () ->
                client.postMultipart(
                    "/api/v1/imports",
                    Map.of(
                        "rating", List.of("Not Rated"),
                        "warnings", List.of("No Archive Warnings Apply"),
                        "fandoms", List.of("Original Work")),
                    List.of(
                        new BinaryClient.FilePart(
                            "file",
                            "tangle.html",
                            "text/html",
                            file.getBytes(StandardCharsets.UTF_8))),
                    "Authorization",
                    "Bearer " + token));
    assertThat(imported.statusCode()).as(BinaryClient.text(imported)).isLessThan(300);
  }

  private static String atLimit(String unit) {
    return unit.repeat(WorkRules.BODY_MAX / unit.length());
  }

  private static <T> T within(org.junit.jupiter.api.function.ThrowingSupplier<T> call) {
    return assertTimeoutPreemptively(GENEROUS, call);
  }
}
