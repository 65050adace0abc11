package org.quire.works;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A chapter as posted or patched. {@code format} is {@code html} (default), {@code markdown} or
 * {@code text}; {@code publishedOn} backdates a chapter (never a future date); {@code position}
 * inserts (on add) or moves (on patch) the chapter.
 */
record ChapterRequest(
    @Nullable String title,
    @Nullable String summary,
    @Nullable String notes,
    @Nullable String endNotes,
    @Nullable String body,
    @Nullable String format,
    @Nullable LocalDate publishedOn,
    @Nullable Integer position) {}
