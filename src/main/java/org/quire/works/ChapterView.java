package org.quire.works;

import java.time.LocalDate;

/**
 * A chapter of a {@link WorkView} with its text: {@code body}, {@code summary}, {@code notes} and
 * {@code endNotes} are the sanitized, well-formed HTML that the reading page shows.
 */
public record ChapterView(
    int position,
    String title,
    String summary,
    String notes,
    String endNotes,
    String body,
    int wordCount,
    LocalDate publishedOn) {

  static ChapterView of(Chapter c) {
    return new ChapterView(
        c.position(),
        c.title(),
        c.summary(),
        c.notes(),
        c.endNotes(),
        c.body(),
        c.wordCount(),
        c.publishedOn());
  }

  /** "Chapter 2: The Storm" or "Chapter 2". */
  public String heading() {
    return title.isBlank() ? "Chapter " + position : "Chapter " + position + ": " + title;
  }
}
