package org.quire.works;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * AO3's word count: text only (markup ignored, block elements separate words); "--" is a break;
 * apostrophes and single hyphens inside a word join it ("don't", "arm-rest"); every Han, Hiragana,
 * Katakana or Thai character is a word of its own; any other run of letters and digits is a word. A
 * decimal point or thousands separator between digits joins them ("3.14").
 */
final class WordCounter {
  private WordCounter() {}

  /** Words in a chapter's HTML. */
  static int count(String html) {
    if (html.isBlank()) {
      return 0;
    }
    return countText(text(html));
  }

  /** Words in plain text. */
  static int countText(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(text, i);
      int size = Character.charCount(cp);
      if (isSingleCharacterWord(cp)) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (inWord && joins(text, i, cp)) {
        // stays in the word: "don't", "arm-rest", "3.14"
      } else {
        inWord = false;
      }
      i += size;
    }
    return words;
  }

  /** An apostrophe or single hyphen between letters/digits joins; "--" never does. */
  private static boolean joins(CharSequence text, int i, int cp) {
    boolean apostrophe = cp == '\'' || cp == '\u2019';
    boolean hyphen = cp == '-' || cp == '\u2010' || cp == '\u2011';
    boolean numeric = cp == '.' || cp == ',';
    if (!apostrophe && !hyphen && !numeric) {
      return false;
    }
    if (i + 1 >= text.length() || i == 0) {
      return false;
    }
    int next = Character.codePointAt(text, i + 1);
    int prev = Character.codePointBefore(text, i);
    if (numeric) {
      return Character.isDigit(prev) && Character.isDigit(next);
    }
    return Character.isLetterOrDigit(next)
        && !isSingleCharacterWord(next)
        && Character.isLetterOrDigit(prev);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isSingleCharacterWord(int cp) {
    Character.UnicodeScript script;
    try {
      script = Character.UnicodeScript.of(cp);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI ->
          Character.isLetterOrDigit(cp)
              || isMark(cp)
              || Character.getType(cp) == Character.MODIFIER_LETTER;
      default -> false;
    };
  }

  /** The text of an HTML fragment, with a space wherever an element could break a line. */
  private static String text(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    StringBuilder out = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && (!e.tag().isInline() || e.nameIs("br"))) {
              out.append(' ');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && !e.tag().isInline()) {
              out.append(' ');
            }
          }
        },
        doc.body());
    return out.toString();
  }
}
