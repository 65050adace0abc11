package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/** A new chapter is previewed, sanitized as it would be posted, before anything is saved. */
class ChapterPreviewTest extends IntegrationTest {

  @Test
  void aNewChapterIsPreviewedWithoutBeingPosted() {
    String name = Api.unique("writer");
    Api writer = api.as(api.signUpAndToken(name));
    long id =
        WorkBuilder.work("Previewed Work").text("The first chapter, already posted.").post(writer);
    FormClient client = signedInClient(name);

    HttpResponse<String> preview =
        client.submit(
            "/works/" + id + "/chapters/new",
            "/works/" + id + "/chapters",
            Map.of(
                "action", "preview",
                "title", "The Second",
                "notes", "A note first.",
                "body", "<p>Rain on the <em>tin</em> roof.</p><script>alert(1)</script>"));
    assertThat(preview.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(preview.body());
    assertThat(page.select("#chapter-preview h2").text()).isEqualTo("Preview: The Second");
    assertThat(page.select("#chapter-preview .chapter-text").html())
        .contains("<em>tin</em>")
        .doesNotContain("script");
    assertThat(page.select("#chapter-preview").text()).contains("A note first.", "not saved yet");
    // The form is kept as typed, ready to post.
    assertThat(page.getElementById("title").val()).isEqualTo("The Second");
    assertThat(page.getElementById("body").text()).contains("Rain on the");
    assertThat(page.getElementById("save-chapter").text()).isEqualTo("Post chapter");

    assertThat(writer.get("/api/v1/works/" + id).json().path("chapterCount").asInt())
        .as("a preview saves nothing")
        .isEqualTo(1);

    HttpResponse<String> posted =
        client.submit(
            "/works/" + id + "/chapters/new",
            "/works/" + id + "/chapters",
            Map.of(
                "action", "post", "title", "The Second", "body", "<p>Rain on the tin roof.</p>"));
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(writer.get("/api/v1/works/" + id).json().path("chapterCount").asInt()).isEqualTo(2);
  }

  @Test
  void aPreviewWithProblemsShowsTheErrorSummaryInstead() {
    String name = Api.unique("writer");
    Api writer = api.as(api.signUpAndToken(name));
    long id =
        WorkBuilder.work("Previewed Again").text("The first chapter, already posted.").post(writer);
    HttpResponse<String> preview =
        signedInClient(name)
            .submit(
                "/works/" + id + "/chapters/new",
                "/works/" + id + "/chapters",
                Map.of("action", "preview", "title", "Kept", "body", ""));
    assertThat(preview.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(preview.body());
    assertThat(page.getElementById("chapter-preview")).isNull();
    assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#body");
    assertThat(page.getElementById("title").val()).isEqualTo("Kept");
  }
}
