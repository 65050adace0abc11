package org.quire.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a file says about a work, before the uploader's fields are applied: every field may be
 * missing. Summary, notes and chapter text are HTML (sanitized later, on posting) or, for a text
 * file, plain text.
 */
final class ParsedWork {
  /** How the file was recognised, for the page ("AO3 HTML download", "EPUB", …). */
  String source = "";

  String title = "";
  String summary = "";
  String notes = "";
  String endNotes = "";
  @Nullable String rating;
  List<String> warnings = new ArrayList<>();
  List<String> categories = new ArrayList<>();
  List<String> fandoms = new ArrayList<>();
  List<String> relationships = new ArrayList<>();
  List<String> characters = new ArrayList<>();
  List<String> freeforms = new ArrayList<>();
  @Nullable String language;
  @Nullable Integer expectedChapters;
  @Nullable LocalDate publishedOn;

  /** The "Updated:" or "Completed:" date: the day of the newest chapter. */
  @Nullable LocalDate updatedOn;

  final List<Chapter> chapters = new ArrayList<>();

  /** One chapter; {@code format} is {@code html} or {@code text}. */
  static final class Chapter {
    String title = "";
    String summary = "";
    String notes = "";
    String endNotes = "";
    String body = "";
    final String format;

    Chapter(String format) {
      this.format = format;
    }
  }

  Chapter addChapter(String title, String format) {
    Chapter chapter = new Chapter(format);
    chapter.title = title;
    chapters.add(chapter);
    return chapter;
  }

  /** Characters of text in the chapters, to weigh pending imports in memory. */
  long size() {
    long n = (long) summary.length() + notes.length() + endNotes.length();
    for (Chapter c : chapters) {
      n += (long) c.body.length() + c.notes.length() + c.endNotes.length() + c.summary.length();
    }
    return n;
  }
}
