package org.quire.works;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a chapter's text was written: HTML (the default), Markdown, or plain text. */
enum ChapterFormat {
  HTML,
  MARKDOWN,
  TEXT;

  /** "html", "markdown" or "text", any case; null or blank is HTML. */
  static ChapterFormat parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return HTML;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "html" -> HTML;
      case "markdown", "md" -> MARKDOWN;
      case "text", "plain", "txt" -> TEXT;
      default ->
          throw new IllegalArgumentException(
              "Unknown format '" + value + "': use html, markdown or text");
    };
  }
}
