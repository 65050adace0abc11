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
}
