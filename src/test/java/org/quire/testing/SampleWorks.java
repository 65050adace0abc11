package org.quire.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A full work to post in tests of downloads, feeds and imports: every tag type, summary, notes, end
 * notes and two chapters, the second with the messier markup that stories hold (footnotes, obsolete
 * alignment, a relative link, ruby).
 */
public final class SampleWorks {
  private SampleWorks() {}

  public static Map<String, Object> work(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("summary", "Two keepers of a lighthouse, one long winter.");
    body.put("notes", "For my beta, who <em>knows</em>.");
    body.put("endNotes", "Thank you for reading!");
    body.put("rating", "Teen And Up Audiences");
    body.put("warnings", List.of("No Archive Warnings Apply"));
    body.put("categories", List.of("F/F"));
    body.put("fandoms", List.of("Original Work"));
    body.put("relationships", List.of("Mira/Tove"));
    body.put("characters", List.of("Mira", "Tove"));
    body.put("freeforms", List.of("Found Family", "Snow"));
    body.put("language", "en");
    body.put("expectedChapters", 2);
    Map<String, Object> first = chapter("First Frost", "<p>The lamp went out at midnight.</p>");
    first.put("notes", "Chapter notes here.");
    first.put("endNotes", "See you next chapter.");
    Map<String, Object> second =
        chapter(
            "",
            "<p align=\"center\">* * *</p><center>Centered</center><p>A footnote<a href=\"#fn1\">1</a>"
                + " and <strike>old</strike> <big>big</big> text.</p><p><a name=\"fn1\">1</a>"
                + " The note. <a href=\"/tags/Snow/works\">relative</a> <a href=\"#missing\">x</a></p>"
                + "<table><tr><td align=\"right\" scope=\"row\">cell</td></tr></table>"
                + "<ruby><rb>漢</rb><rt>kan</rt></ruby>");
    body.put("chapters", new ArrayList<>(List.of(first, second)));
    return body;
  }

  public static Map<String, Object> chapter(String title, String body) {
    Map<String, Object> chapter = new HashMap<>();
    chapter.put("title", title);
    chapter.put("body", body);
    return chapter;
  }

  /** Posts the work and returns its id, failing the test unless it was created. */
  public static long post(Api writer, Map<String, Object> body) {
    Api.Response created = writer.post("/api/v1/works", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }
}
