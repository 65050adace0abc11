package org.quire.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The one way tests make a work to post: start from {@link #work}, {@link #tagged} or {@link
 * #sample}, change what the test is about, then {@link #post} it (or take {@link #toMap} to send it
 * yourself, e.g. to see it refused). For example {@code
 * WorkBuilder.work("Title").fandom(fandom).restricted().post(writer)}. A builder does not change:
 * each step returns a new one, so one may be the base of several works.
 */
public final class WorkBuilder {
  private final Map<String, Object> body;

  private WorkBuilder(Map<String, Object> body) {
    this.body = body;
  }

  /**
   * What every work needs and no more: General Audiences, no warnings, Original Work, a chapter.
   */
  public static WorkBuilder work(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("rating", "General Audiences");
    body.put("warnings", List.of("No Archive Warnings Apply"));
    body.put("fandoms", List.of("Original Work"));
    body.put("chapters", List.of(chapter("The first chapter of " + title + ".")));
    return new WorkBuilder(body);
  }

  /** {@link #work} with a summary, a category, a character, a freeform and a language. */
  public static WorkBuilder tagged(String title) {
    return work(title)
        .summary("A summary.")
        .categories("Gen")
        .characters("Ana")
        .freeforms("Fluff")
        .language("en")
        .text("Once upon a time there was a test.");
  }

  /**
   * A full work, as downloads, feeds and imports meet them: every tag type, summary, notes, end
   * notes and two chapters, the second with the messier markup that stories hold (footnotes,
   * obsolete alignment, a relative link, ruby).
   */
  public static WorkBuilder sample(String title) {
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
    return work(title)
        .summary("Two keepers of a lighthouse, one long winter.")
        .with("notes", "For my beta, who <em>knows</em>.")
        .with("endNotes", "Thank you for reading!")
        .rating("Teen And Up Audiences")
        .categories("F/F")
        .relationships("Mira/Tove")
        .characters("Mira", "Tove")
        .freeforms("Found Family", "Snow")
        .language("en")
        .expectedChapters(2)
        .chapters(first, second);
  }

  /** A chapter to post with a work or on its own to {@code /api/v1/works/{id}/chapters}. */
  public static Map<String, Object> chapter(String body) {
    Map<String, Object> chapter = new HashMap<>();
    chapter.put("body", body);
    return chapter;
  }

  /** A titled chapter; see {@link #chapter(String)}. */
  public static Map<String, Object> chapter(String title, String body) {
    Map<String, Object> chapter = chapter(body);
    chapter.put("title", title);
    return chapter;
  }

  public WorkBuilder title(String title) {
    return with("title", title);
  }

  public WorkBuilder summary(String summary) {
    return with("summary", summary);
  }

  public WorkBuilder rating(String rating) {
    return with("rating", rating);
  }

  public WorkBuilder warnings(String... warnings) {
    return with("warnings", List.of(warnings));
  }

  public WorkBuilder categories(String... categories) {
    return with("categories", List.of(categories));
  }

  /** The work's only fandom. */
  public WorkBuilder fandom(String fandom) {
    return with("fandoms", List.of(fandom));
  }

  public WorkBuilder fandoms(String... fandoms) {
    return with("fandoms", List.of(fandoms));
  }

  public WorkBuilder relationships(String... relationships) {
    return with("relationships", List.of(relationships));
  }

  public WorkBuilder characters(String... characters) {
    return with("characters", List.of(characters));
  }

  public WorkBuilder freeforms(String... freeforms) {
    return freeforms(List.of(freeforms));
  }

  public WorkBuilder freeforms(List<String> freeforms) {
    return with("freeforms", List.copyOf(freeforms));
  }

  public WorkBuilder language(String language) {
    return with("language", language);
  }

  /** Only for signed-in readers. */
  public WorkBuilder restricted() {
    return restricted(true);
  }

  public WorkBuilder restricted(boolean restricted) {
    return with("restricted", restricted);
  }

  /** Saved, not posted. */
  public WorkBuilder draft() {
    return draft(true);
  }

  public WorkBuilder draft(boolean draft) {
    return with("draft", draft);
  }

  /** {@code anyone}, {@code registered} or {@code none}. */
  public WorkBuilder commentPolicy(String policy) {
    return with("commentPolicy", policy);
  }

  /** Pseuds of the poster to credit. */
  public WorkBuilder creators(String... pseuds) {
    return with("creators", List.of(pseuds));
  }

  public WorkBuilder expectedChapters(int expected) {
    return with("expectedChapters", expected);
  }

  /** One chapter with this body instead of the chapters so far. */
  public WorkBuilder text(String chapterBody) {
    return chapters(chapter(chapterBody));
  }

  /** These chapters instead of the chapters so far (see {@link #chapter}). */
  @SafeVarargs
  public final WorkBuilder chapters(Map<String, Object>... chapters) {
    return chapters(List.of(chapters));
  }

  public WorkBuilder chapters(List<Map<String, Object>> chapters) {
    List<Object> copies = new ArrayList<>();
    chapters.forEach(c -> copies.add(new HashMap<>(c)));
    return with("chapters", copies);
  }

  /** Any other field, or a value the API should refuse ({@code null} too). */
  public WorkBuilder with(String field, @Nullable Object value) {
    Map<String, Object> changed = toMap();
    changed.put(field, value);
    return new WorkBuilder(changed);
  }

  public WorkBuilder without(String field) {
    Map<String, Object> changed = toMap();
    changed.remove(field);
    return new WorkBuilder(changed);
  }

  /**
   * The request body: a copy, changed freely without touching this builder. {@link Api} sends a
   * builder as this body, so {@code writer.post("/api/v1/works", builder)} tries a refused one.
   */
  @JsonValue
  public Map<String, Object> toMap() {
    return new HashMap<>(body);
  }

  /** Posts the work as {@code writer}; fails the test unless it was created. Its id. */
  public long post(Api writer) {
    return postForJson(writer).path("id").asLong();
  }

  /** Posts the work as {@code writer}; fails the test unless it was created. The created work. */
  public JsonNode postForJson(Api writer) {
    Api.Response created = writer.post("/api/v1/works", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }
}
