package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.IntegrationTest;

/**
 * Requests the server cannot parse (a broken multipart body, an over-long URL or header) are the
 * client's fault: a 4xx, as problem+json under /api and as a readable page elsewhere, never a 500
 * or the servlet container's own page.
 */
class MalformedRequestTest extends IntegrationTest {
  private static final String PROBLEM = "application/problem+json";

  @Test
  void aFileNameWithNulIsA400ProblemForTheApi() {
    String token = api.signUpAndToken(Api.unique("nul"));
    HttpResponse<byte[]> response =
        new BinaryClient(baseUrl())
            .postMultipart(
                "/api/v1/imports",
                Map.of("rating", List.of("General Audiences")),
                List.of(nulFile()),
                "Authorization",
                "Bearer " + token,
                "Accept",
                "application/json");
    assertProblem(response, 400);
    assertThat(BinaryClient.text(response)).contains("file name", "NUL");
  }

  @Test
  void aMultipartTypeWithoutBoundaryIsA400ProblemForTheApi() {
    String token = api.signUpAndToken(Api.unique("nob"));
    Api.Response response =
        api.as(token)
            .postRaw("/api/v1/imports", "multipart/form-data", "--x\r\nnot really\r\n--x--\r\n");
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith(PROBLEM);
    assertThat(response.body()).contains("boundary");
  }

  @Test
  void theImportFormAnswersA400PageForBrokenUploads() {
    String name = Api.unique("nulpage");
    api.signUpAndToken(name);
    BinaryClient client = new BinaryClient(baseUrl()).logIn(name);
    Matcher action =
        Pattern.compile("action=\"(/works/import\\?_csrf=[^\"]+)\"")
            .matcher(BinaryClient.text(client.get("/works/import")));
    assertThat(action.find()).isTrue();
    String path = action.group(1).replace("&amp;", "&");

    HttpResponse<byte[]> nul =
        client.postMultipart(
            path,
            Map.of("rating", List.of("General Audiences")),
            List.of(nulFile()),
            "Accept",
            "text/html");
    assertThat(nul.statusCode()).as(BinaryClient.text(nul)).isEqualTo(400);
    assertThat(BinaryClient.text(nul)).contains("<html", "upload");

    HttpResponse<byte[]> noBoundary =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "multipart/form-data")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\n\r\n--x--\r\n")));
    assertThat(noBoundary.statusCode()).as(BinaryClient.text(noBoundary)).isEqualTo(400);
    assertThat(BinaryClient.text(noBoundary)).contains("<html", "boundary");
  }

  @Test
  void anOverLongUrlIsAProblemUnderTheApiAndAPageElsewhere() throws Exception {
    String longQuery = "?q=" + "a".repeat(100_000);
    HttpResponse<String> apiAnswer = raw("/api/v1/works" + longQuery, Map.of());
    assertThat(apiAnswer.statusCode()).isIn(400, 414);
    assertThat(apiAnswer.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    assertThat(apiAnswer.body()).contains("\"status\":" + apiAnswer.statusCode());

    HttpResponse<String> page = raw("/works" + longQuery, Map.of("Accept", "text/html"));
    assertThat(page.statusCode()).isIn(400, 414);
    assertThat(page.body()).doesNotContain("Apache Tomcat");
  }

  @Test
  void anOverLongHeaderIsAProblemUnderTheApi() throws Exception {
    HttpResponse<String> apiAnswer =
        raw("/api/v1/works", Map.of("X-Padding", "b".repeat(64 * 1024)));
    assertThat(apiAnswer.statusCode()).isIn(400, 431);
    assertThat(apiAnswer.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    assertThat(apiAnswer.body()).contains("\"status\":" + apiAnswer.statusCode());

    HttpResponse<String> page =
        raw("/works", Map.of("X-Padding", "b".repeat(64 * 1024), "Accept", "text/html"));
    assertThat(page.statusCode()).isIn(400, 431);
    assertThat(page.body()).doesNotContain("Apache Tomcat");
  }

  private HttpResponse<String> raw(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
    headers.forEach(request::header);
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static BinaryClient.FilePart nulFile() {
    return new BinaryClient.FilePart(
        "file",
        "story\u0000.txt",
        "text/plain",
        "Title\n\nSome text here.".getBytes(StandardCharsets.UTF_8));
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status) {
    assertThat(response.statusCode()).as(BinaryClient.text(response)).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
  }
}
