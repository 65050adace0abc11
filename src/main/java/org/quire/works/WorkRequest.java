package org.quire.works;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/v1/works} and {@code PATCH /api/v1/works/{id}} (where every field is
 * optional and {@code chapters} is not accepted: chapters have their own endpoints). {@code
 * creators} names the caller's pseuds to credit (default: their default pseud). {@code
 * expectedChapters}: a count, JSON null for unknown, or left out to keep it (on PATCH).
 */
record WorkRequest(
    @Nullable String title,
    @Nullable String summary,
    @Nullable String notes,
    @Nullable String endNotes,
    @Nullable String rating,
    @Nullable List<String> warnings,
    @Nullable List<String> categories,
    @Nullable List<String> fandoms,
    @Nullable List<String> relationships,
    @Nullable List<String> characters,
    @Nullable List<String> freeforms,
    @Nullable String language,
    @Nullable Boolean restricted,
    @Nullable String commentPolicy,
    @Nullable ExpectedChapters expectedChapters,
    @Nullable Boolean draft,
    @Nullable List<String> creators,
    @Nullable List<ChapterRequest> chapters) {

  /** The expected chapter count given, or null when it is unknown or not given. */
  @Nullable Integer expectedCount() {
    return expectedChapters == null ? null : expectedChapters.count();
  }
}
