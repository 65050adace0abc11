package org.quire.works;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.platform.Validation;
import org.quire.tags.TagNames;
import org.quire.tags.TagType;

/** The posting limits, AO3's, each failure named by its field. */
final class WorkRules {
  static final int TITLE_MAX = 255;
  static final int SUMMARY_MAX = 1_250;
  static final int NOTES_MAX = 5_000;
  static final int CHAPTER_TITLE_MAX = 255;
  static final int BODY_MIN = 10;
  static final int BODY_MAX = 510_000;
  static final int TAGS_MAX = 75;
  static final int TAG_NAME_MAX = 150;
  static final int CHAPTERS_MAX = 500;
  static final List<String> COMMENT_POLICIES = List.of("anyone", "registered", "none");

  private WorkRules() {}

  /** Checks a whole new work (every required field present). */
  static void checkNew(Validation v, WorkRequest r) {
    v.check(r.title() != null && !r.title().isBlank(), "title", "is required");
    v.check(
        r.rating() != null && !r.rating().isBlank(), "rating", "is required: choose one rating");
    v.check(
        r.warnings() != null && !r.warnings().isEmpty(),
        "warnings",
        "needs at least one archive warning");
    v.check(r.fandoms() != null && !blank(r.fandoms()), "fandoms", "needs at least one fandom");
    if (r.chapters() == null || r.chapters().isEmpty()) {
      v.add("chapters", "needs at least one chapter with text");
    } else {
      v.check(r.chapters().size() <= CHAPTERS_MAX, "chapters", "may hold at most " + CHAPTERS_MAX);
      for (int i = 0; i < r.chapters().size(); i++) {
        checkChapter(v, "chapters[" + i + "].", r.chapters().get(i), true);
      }
    }
    checkFields(v, r);
  }

  /** Checks the fields present in a new work or a patch. */
  static void checkFields(Validation v, WorkRequest r) {
    if (r.title() != null) {
      v.check(!r.title().isBlank(), "title", "is required");
      v.check(
          r.title().strip().length() <= TITLE_MAX,
          "title",
          "must be at most " + TITLE_MAX + " characters");
    }
    max(v, "summary", r.summary(), SUMMARY_MAX);
    max(v, "notes", r.notes(), NOTES_MAX);
    max(v, "endNotes", r.endNotes(), NOTES_MAX);
    if (r.rating() != null && !r.rating().isBlank()) {
      v.check(
          TagType.RATINGS.contains(r.rating().strip()),
          "rating",
          "must be one of " + String.join(", ", TagType.RATINGS));
    }
    if (r.warnings() != null) {
      v.check(!r.warnings().isEmpty(), "warnings", "needs at least one archive warning");
      for (String w : r.warnings()) {
        v.check(
            w != null && TagType.WARNINGS.contains(w.strip()),
            "warnings",
            "has an unknown warning: " + w);
      }
    }
    if (r.categories() != null) {
      for (String c : r.categories()) {
        v.check(
            c != null && TagType.CATEGORIES.contains(c.strip()),
            "categories",
            "has an unknown category: " + c);
      }
    }
    if (r.fandoms() != null) {
      v.check(!blank(r.fandoms()), "fandoms", "needs at least one fandom");
    }
    tagNames(v, "fandoms", r.fandoms());
    tagNames(v, "relationships", r.relationships());
    tagNames(v, "characters", r.characters());
    tagNames(v, "freeforms", r.freeforms());
    int total =
        size(r.fandoms()) + size(r.relationships()) + size(r.characters()) + size(r.freeforms());
    v.check(
        total <= TAGS_MAX,
        "tags",
        "fandoms, relationships, characters and additional tags together must be at most "
            + TAGS_MAX
            + " (you have "
            + total
            + ")");
    if (r.language() != null) {
      v.check(
          Languages.normalize(r.language()) != null,
          "language",
          "is not a language this archive knows");
    }
    if (r.commentPolicy() != null) {
      v.check(
          COMMENT_POLICIES.contains(r.commentPolicy()),
          "commentPolicy",
          "must be anyone, registered or none");
    }
    Integer expected = r.expectedCount();
    if (expected != null) {
      v.check(
          expected >= 1 && expected <= CHAPTERS_MAX,
          "expectedChapters",
          "must be between 1 and " + CHAPTERS_MAX + ", or null for unknown");
    }
  }

  static void checkChapter(Validation v, String prefix, @Nullable ChapterRequest c, boolean isNew) {
    if (c == null) {
      v.add(prefix + "body", "is required");
      return;
    }
    if (isNew || c.body() != null) {
      int length = c.body() == null ? 0 : c.body().strip().length();
      v.check(length >= BODY_MIN, prefix + "body", "must be at least " + BODY_MIN + " characters");
      v.check(length <= BODY_MAX, prefix + "body", "must be at most " + BODY_MAX + " characters");
    }
    if (c.title() != null) {
      v.check(
          c.title().strip().length() <= CHAPTER_TITLE_MAX,
          prefix + "title",
          "must be at most " + CHAPTER_TITLE_MAX + " characters");
    }
    max(v, prefix + "summary", c.summary(), SUMMARY_MAX);
    max(v, prefix + "notes", c.notes(), NOTES_MAX);
    max(v, prefix + "endNotes", c.endNotes(), NOTES_MAX);
    if (c.format() != null) {
      try {
        ChapterFormat.parse(c.format());
      } catch (IllegalArgumentException e) {
        v.add(prefix + "format", "must be html, markdown or text");
      }
    }
    if (c.publishedOn() != null) {
      v.check(
          !c.publishedOn().isAfter(LocalDate.now(ZoneOffset.UTC)),
          prefix + "publishedOn",
          "cannot be in the future");
    }
  }

  private static void tagNames(Validation v, String field, @Nullable List<String> names) {
    if (names == null) {
      return;
    }
    for (String name : names) {
      if (name == null) {
        v.add(field, "has an empty tag");
        continue;
      }
      String n = TagNames.normalize(name);
      if (n.length() > TAG_NAME_MAX) {
        v.add(field, "has a tag longer than " + TAG_NAME_MAX + " characters");
      }
      String problem = TagNames.problem(n);
      if (problem != null) {
        v.add(field, problem);
      }
    }
  }

  private static void max(Validation v, String field, @Nullable String value, int max) {
    if (value != null) {
      v.check(
          value.strip().length() <= max,
          field,
          "must be at most " + String.format("%,d", max) + " characters");
    }
  }

  private static boolean blank(List<String> names) {
    return names.stream().allMatch(n -> n == null || n.isBlank());
  }

  private static int size(@Nullable List<String> names) {
    return names == null
        ? 0
        : (int) names.stream().filter(n -> n != null && !n.isBlank()).distinct().count();
  }
}
