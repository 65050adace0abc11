package org.quire.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.quire.platform.FieldError;
import org.quire.tags.TagNames;
import org.quire.tags.TagType;
import org.quire.works.NewWork;
import org.quire.works.WorkImporter;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * The work fields sent with an upload, which override what the file says. A list field is sent once
 * per value (commas also separate values: tag names cannot contain them); a field that is absent or
 * blank leaves the file's value. {@code draft} defaults to true.
 */
record ImportFields(MultiValueMap<String, String> values) {
  static final Set<String> TEXT =
      Set.of("title", "summary", "notes", "endNotes", "rating", "language", "commentPolicy");
  static final Set<String> LISTS =
      Set.of(
          "warnings",
          "categories",
          "fandoms",
          "relationships",
          "characters",
          "freeforms",
          "creators");
  static final Set<String> OTHER = Set.of("restricted", "expectedChapters", "draft");

  /** Refuses a field this endpoint does not know, as the JSON API does. */
  static ImportFields checked(MultiValueMap<String, String> values) {
    for (String name : values.keySet()) {
      if (!TEXT.contains(name) && !LISTS.contains(name) && !OTHER.contains(name)) {
        throw new ApiException(
            HttpStatus.BAD_REQUEST,
            "Unknown field '" + name + "'.",
            List.of(new FieldError(name, "is not a known field")));
      }
    }
    return new ImportFields(values);
  }

  private @Nullable String text(String name) {
    String value = values.getFirst(name);
    return value == null || value.isBlank() ? null : value;
  }

  private @Nullable List<String> list(String name) {
    List<String> raw = values.get(name);
    if (raw == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String value : raw) {
      out.addAll(TagNames.split(value));
    }
    return out.isEmpty() ? null : out;
  }

  boolean draft() {
    String value = text("draft");
    return value == null
        || !Set.of("false", "0", "no", "off").contains(value.toLowerCase(Locale.ROOT));
  }

  /** The work to post: the file's fields with these applied over them. */
  NewWork apply(ParsedWork file) {
    Validation errors = new Validation();
    String language = text("language");
    if (language == null && file.language != null) {
      // A file's language that this archive does not know is left out rather than refused.
      language = WorkImporter.languageCode(file.language);
    }
    Integer expected = file.expectedChapters;
    String expectedText = text("expectedChapters");
    if (expectedText != null) {
      expected = expectedText.strip().equals("?") ? null : errors.integer(expectedText);
    }
    if (expected != null && expected < file.chapters.size() && expectedText == null) {
      expected = null;
    }
    errors.throwIfAny();
    List<NewWork.Chapter> chapters = new ArrayList<>();
    for (int i = 0; i < file.chapters.size(); i++) {
      ParsedWork.Chapter c = file.chapters.get(i);
      chapters.add(
          new NewWork.Chapter(
              c.title, c.summary, c.notes, c.endNotes, c.body, c.format, chapterDate(file, i)));
    }
    String rating = or(text("rating"), known(file.rating, TagType.RATINGS));
    return new NewWork(
        or(text("title"), file.title),
        or(text("summary"), file.summary),
        or(text("notes"), file.notes),
        or(text("endNotes"), file.endNotes),
        rating,
        or(list("warnings"), knownWarnings(file.warnings)),
        or(list("categories"), known(file.categories, TagType.CATEGORIES)),
        or(list("fandoms"), file.fandoms),
        or(list("relationships"), file.relationships),
        or(list("characters"), file.characters),
        or(list("freeforms"), file.freeforms),
        language,
        "true".equalsIgnoreCase(text("restricted")),
        text("commentPolicy"),
        expected,
        draft(),
        or(list("creators"), List.of()),
        chapters);
  }

  /**
   * The day a chapter of the file was posted: the first and any middle chapter on the work's
   * published date, the last on its updated date (which is the newest chapter's), so the work is
   * listed by its original dates. A file without dates is dated today.
   */
  private static @Nullable LocalDate chapterDate(ParsedWork file, int index) {
    LocalDate published = file.publishedOn;
    LocalDate updated = file.updatedOn;
    boolean last = index > 0 && index == file.chapters.size() - 1;
    if (last && updated != null && (published == null || updated.isAfter(published))) {
      return updated;
    }
    return published != null ? published : updated;
  }

  private static <T> T or(@Nullable T given, T fallback) {
    return given != null ? given : fallback;
  }

  /** The archive's own spelling of a value, ignoring case; null when it is not one. */
  private static @Nullable String known(@Nullable String value, List<String> names) {
    if (value == null) {
      return null;
    }
    return names.stream().filter(n -> n.equalsIgnoreCase(value.strip())).findFirst().orElse(null);
  }

  private static List<String> known(List<String> values, List<String> names) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String k = known(v, names);
      if (k != null && !out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** AO3's older names of two warnings are read as today's. */
  private static List<String> knownWarnings(List<String> values) {
    List<String> renamed = new ArrayList<>();
    for (String v : values) {
      String s = v.strip();
      renamed.add(
          switch (s.toLowerCase(Locale.ROOT)) {
            case "underage" -> "Underage Sex";
            case "author chose not to use archive warnings", "choose not to use archive warnings" ->
                "Creator Chose Not To Use Archive Warnings";
            default -> s;
          });
    }
    return known(renamed, TagType.WARNINGS);
  }

  /** Field errors of the upload's own fields (the works rules check the rest). */
  private static final class Validation {
    private final org.quire.platform.Validation v = new org.quire.platform.Validation();

    @Nullable Integer integer(String text) {
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        v.add("expectedChapters", "must be a whole number, or ? for unknown");
        return null;
      }
    }

    void throwIfAny() {
      v.throwIfInvalid();
    }
  }
}
