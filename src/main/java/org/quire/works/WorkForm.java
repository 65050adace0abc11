package org.quire.works;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.tags.TagNames;
import org.quire.tags.TagType;

/**
 * The posting form as typed: every value kept as a string so that a form with errors comes back
 * exactly as the writer left it. Tags are comma-separated (commas cannot be part of a tag name).
 */
record WorkForm(
    String title,
    String summary,
    String notes,
    String endNotes,
    String rating,
    List<String> warnings,
    List<String> categories,
    String fandoms,
    String relationships,
    String characters,
    String freeforms,
    String language,
    @Nullable Boolean restricted,
    String commentPolicy,
    String expectedChapters,
    List<String> creators,
    String chapterTitle,
    String body,
    String format) {

  /** Fields missing from a submitted form arrive as null; they mean "left empty". */
  WorkForm {
    title = orEmpty(title);
    summary = orEmpty(summary);
    notes = orEmpty(notes);
    endNotes = orEmpty(endNotes);
    rating = orEmpty(rating);
    warnings = warnings == null ? List.of() : warnings;
    categories = categories == null ? List.of() : categories;
    fandoms = orEmpty(fandoms);
    relationships = orEmpty(relationships);
    characters = orEmpty(characters);
    freeforms = orEmpty(freeforms);
    language = language == null ? "en" : language;
    restricted = restricted != null && restricted;
    commentPolicy = commentPolicy == null ? "anyone" : commentPolicy;
    expectedChapters = orEmpty(expectedChapters);
    creators = creators == null ? List.of() : creators;
    chapterTitle = orEmpty(chapterTitle);
    body = orEmpty(body);
    format = format == null ? "html" : format;
  }

  @SuppressWarnings("NullAway")
  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  static WorkForm empty() {
    return new WorkForm(
        "", "", "", "", "", List.of(), List.of(), "", "", "", "", "en", false, "anyone", "1",
        List.of(), "", "", "html");
  }

  static WorkForm of(Work w) {
    return new WorkForm(
        w.title(),
        w.summary(),
        w.notes(),
        w.endNotes(),
        w.rating(),
        w.tagNames(TagType.ArchiveWarning),
        w.tagNames(TagType.Category),
        String.join(", ", w.tagNames(TagType.Fandom)),
        String.join(", ", w.tagNames(TagType.Relationship)),
        String.join(", ", w.tagNames(TagType.Character)),
        String.join(", ", w.tagNames(TagType.Freeform)),
        w.language(),
        w.restricted(),
        w.commentPolicy(),
        w.expectedChapters() == null ? "" : w.expectedChapters().toString(),
        w.creatorNames(),
        "",
        "",
        "html");
  }

  /** The request this form makes; {@code withChapter} for a new work. */
  WorkRequest toRequest(boolean withChapter, @Nullable Boolean draft) {
    List<ChapterRequest> chapters =
        withChapter
            ? List.of(
                new ChapterRequest(
                    chapterTitle, null, null, null, body, format, (LocalDate) null, null))
            : null;
    return new WorkRequest(
        title,
        summary,
        notes,
        endNotes,
        rating.isBlank() ? null : rating,
        warnings,
        categories,
        TagNames.split(fandoms),
        TagNames.split(relationships),
        TagNames.split(characters),
        TagNames.split(freeforms),
        language,
        restricted,
        commentPolicy,
        ExpectedChapters.of(expected()),
        draft,
        creators.isEmpty() ? null : creators,
        chapters);
  }

  /** Blank or "?" means unknown. */
  private @Nullable Integer expected() {
    String value = expectedChapters.strip();
    if (value.isEmpty() || value.equals("?")) {
      return null;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1; // refused by the rules with a message beside the field
    }
  }
}
