package org.quire.works;

import java.time.LocalDate;

/** A chapter with its text (sanitized HTML). */
record ChapterResponse(
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

  static ChapterResponse of(Chapter c) {
    return new ChapterResponse(
        c.id(),
        c.workId(),
        c.position(),
        c.title(),
        c.summary(),
        c.notes(),
        c.endNotes(),
        c.body(),
        c.wordCount(),
        c.publishedOn());
  }
}
