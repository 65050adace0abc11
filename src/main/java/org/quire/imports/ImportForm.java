package org.quire.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.tags.TagNames;
import org.quire.works.NewWork;

/**
 * The work's details on the import pages, as typed: tags comma-separated. On the upload page a
 * blank field means "as the file says"; on the completing page the fields are the work's.
 */
record ImportForm(
    String title,
    String rating,
    List<String> warnings,
    List<String> categories,
    String fandoms,
    String relationships,
    String characters,
    String freeforms,
    String language,
    String summary,
    @Nullable Boolean complete) {

  ImportForm {
    title = orEmpty(title);
    rating = orEmpty(rating);
    warnings = warnings == null ? List.of() : warnings;
    categories = categories == null ? List.of() : categories;
    fandoms = orEmpty(fandoms);
    relationships = orEmpty(relationships);
    characters = orEmpty(characters);
    freeforms = orEmpty(freeforms);
    language = orEmpty(language);
    summary = orEmpty(summary);
  }

  @SuppressWarnings("NullAway")
  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  static ImportForm empty() {
    return new ImportForm("", "", List.of(), List.of(), "", "", "", "", "", "", null);
  }

  /** The details a work would be posted with. */
  static ImportForm of(NewWork w) {
    return new ImportForm(
        w.title(),
        w.rating() == null ? "" : w.rating(),
        w.warnings(),
        w.categories(),
        String.join(", ", w.fandoms()),
        String.join(", ", w.relationships()),
        String.join(", ", w.characters()),
        String.join(", ", w.freeforms()),
        w.language() == null ? "en" : w.language(),
        w.summary(),
        w.expectedChapters() != null && w.expectedChapters() == w.chapters().size());
  }

  /** As upload overrides: only what was filled in. */
  org.springframework.util.MultiValueMap<String, String> asOverrides() {
    org.springframework.util.MultiValueMap<String, String> map =
        new org.springframework.util.LinkedMultiValueMap<>();
    put(map, "title", title);
    put(map, "rating", rating);
    warnings.forEach(w -> map.add("warnings", w));
    categories.forEach(c -> map.add("categories", c));
    put(map, "fandoms", fandoms);
    put(map, "relationships", relationships);
    put(map, "characters", characters);
    put(map, "freeforms", freeforms);
    put(map, "language", language);
    put(map, "summary", summary);
    return map;
  }

  /** Replaces the file's details with these (the completing page shows all of them). */
  void replaceIn(ParsedWork work) {
    work.title = title;
    work.rating = rating.isBlank() ? null : rating;
    work.warnings = List.copyOf(warnings);
    work.categories = List.copyOf(categories);
    work.fandoms = TagNames.split(fandoms);
    work.relationships = TagNames.split(relationships);
    work.characters = TagNames.split(characters);
    work.freeforms = TagNames.split(freeforms);
    work.language = language.isBlank() ? null : language;
    work.summary = summary;
    // "Complete" on the completing page: as many chapters expected as the file has; unticked, the
    // file's expected count stays if it is more than it has, otherwise it becomes unknown.
    if (Boolean.TRUE.equals(complete)) {
      work.expectedChapters = work.chapters.size();
    } else if (work.expectedChapters != null && work.expectedChapters <= work.chapters.size()) {
      work.expectedChapters = null;
    }
  }

  private static void put(
      org.springframework.util.MultiValueMap<String, String> map, String key, String value) {
    if (!value.isBlank()) {
      map.add(key, value);
    }
  }
}
