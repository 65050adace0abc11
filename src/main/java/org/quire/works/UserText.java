package org.quire.works;

import org.springframework.stereotype.Component;

/**
 * The archive's one allowlist for text people type, for other modules (comments, bookmark notes):
 * the same sanitizer as chapters, so scripts, styles and event handlers never reach a page.
 */
@Component
public class UserText {
  private final ChapterText text;

  UserText(ChapterText text) {
    this.text = text;
  }

  /**
   * Safe HTML for a comment or note: paragraphs from blank lines, allowed markup kept, but no
   * classes (they would pick up the page's own styles) and no media players.
   */
  public String safeHtml(String typed) {
    return text.toSafeHtml(typed, ChapterFormat.HTML, ChapterText.Field.PLAIN);
  }
}
