package org.quire.works;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * AO3's word count, so that counts match what readers of other archives expect.
 *
 * <p>Only text counts (markup is ignored, and block elements and {@code <br>} separate words). A
 * word is a run of letters and digits, combining marks included; an apostrophe ({@code '} or {@code
 * ’}) or a single hyphen between two such characters joins them ("don't", "arm-rest"), but "--" is
 * a break. Every Han, Hiragana, Katakana or Thai character is a word by itself, since those scripts
 * do not put spaces between words. Punctuation and symbols alone are not words. A '.' or ','
 * between two digits joins them, so "3.14" and "1,000" are one word each.
 *
 * <p>The count is a single pass over the characters, with no regular expression, because it runs on
 * every save of chapters that may be hundreds of thousands of characters long.
 */
final class WordCounter {
  private static final int ZERO_WIDTH_SPACE = 0x200B;

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
    // Inside a run of letters and digits: the next one continues the same word.
    boolean inWord = false;
    // Just after a character that is a word by itself: a combining mark belongs to it.
    boolean afterSingle = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(text, i);
      if (isSingleCharacterWord(cp)) {
        words++;
        inWord = false;
        afterSingle = true;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
        afterSingle = false;
      } else if (isMark(cp)) {
        // A mark adds to the character before it; only a stray one starts a word of its own.
        if (!inWord && !afterSingle) {
          words++;
          inWord = true;
        }
      } else if (isInvisibleJoiner(cp)) {
        // Soft hyphens, (non-)joiners and word joiners sit inside words without splitting them.
      } else if (inWord && joins(text, i, cp)) {
        // Stays in the word: "don't", "arm-rest", "3.14".
      } else {
        inWord = false;
        afterSingle = false;
      }
      i += Character.charCount(cp);
    }
    return words;
  }

  /**
   * Whether an apostrophe, single hyphen or decimal separator at {@code i} joins the word before it
   * to what follows. Called only inside a word, so the character before is part of one.
   */
  private static boolean joins(CharSequence text, int i, int cp) {
    boolean apostrophe = cp == '\'' || cp == '\u2019';
    boolean hyphen = cp == '-' || cp == '\u2010' || cp == '\u2011';
    boolean numeric = cp == '.' || cp == ',';
    if ((!apostrophe && !hyphen && !numeric) || i + 1 >= text.length()) {
      return false;
    }
    int next = Character.codePointAt(text, i + 1);
    if (numeric) {
      return Character.isDigit(Character.codePointBefore(text, i)) && Character.isDigit(next);
    }
    // "--" fails here too: the second hyphen is not a letter.
    return Character.isLetterOrDigit(next) && !isSingleCharacterWord(next);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Format characters other than the zero-width space, which is meant to separate words. */
  private static boolean isInvisibleJoiner(int cp) {
    return cp != ZERO_WIDTH_SPACE && Character.getType(cp) == Character.FORMAT;
  }

  private static boolean isSingleCharacterWord(int cp) {
    if (cp < 0x0E00) {
      // Fast path: Thai is the lowest of the four scripts, and most text is Latin.
      return false;
    }
    return switch (Character.UnicodeScript.of(cp)) {
      case HAN, HIRAGANA, KATAKANA, THAI ->
          Character.isLetterOrDigit(cp)
              || isMark(cp)
              || Character.getType(cp) == Character.MODIFIER_LETTER;
      default -> false;
    };
  }

  /** The text of an HTML fragment, with a space wherever an element breaks the line. */
  private static String text(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && breaksLine(e)) {
              out.append(' ');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && breaksLine(e)) {
              out.append(' ');
            }
          }
        },
        body);
    return out.toString();
  }

  /**
   * Block elements (p, li, headings, table cells…) and {@code <br>} end the word before them; so do
   * a summary (shown on its own line) and ruby readings (shown apart from their base text), which
   * jsoup counts as inline.
   */
  private static boolean breaksLine(Element e) {
    return !e.tag().isInline() || e.nameIs("br") || e.nameIs("summary") || e.nameIs("rt");
  }
}
