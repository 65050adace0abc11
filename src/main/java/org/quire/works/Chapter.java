package org.quire.works;

import java.time.LocalDate;

/** A chapter with its (already sanitized) text. */
record Chapter(
    long id,
    long workId,
    int position,
    String title,
    String summary,
    String notes,
    String endNotes,
    String body,
    int wordCount,
    LocalDate publishedOn) {

  String heading() {
    return title.isBlank() ? "Chapter " + position : "Chapter " + position + ": " + title;
  }
}
