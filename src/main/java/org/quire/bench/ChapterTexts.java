package org.quire.bench;

import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Prose for chapters, titles and summaries from a fixed vocabulary with English-like word
 * frequencies. A chapter is {@code <p>} paragraphs separated by a newline, exactly what the
 * archive's sanitizer keeps of such HTML, with exactly the number of words asked for under the
 * archive's word-count rule: every vocabulary entry is one word, and punctuation (commas, dashes,
 * curly quotes, ellipses) never joins or makes one. One instance reuses its buffer: not for sharing
 * between threads.
 */
final class ChapterTexts {
  private static final String[] WORDS = Words.PROSE;
  private static final String[] CAPITALIZED = new String[WORDS.length];
  private static final Set<String> SMALL =
      Set.of("the", "a", "an", "and", "of", "to", "in", "on", "at", "for", "or", "but", "as");
  // 2^16 slots, each a word, filled in proportion to a Zipf law over the vocabulary's order.
  private static final int[] TABLE = new int[1 << 16];

  static {
    for (int i = 0; i < WORDS.length; i++) {
      CAPITALIZED[i] = capitalize(WORDS[i]);
    }
    Zipf zipf = new Zipf(WORDS.length, 0.9);
    double cumulative = 0;
    int word = 0;
    for (int slot = 0; slot < TABLE.length; slot++) {
      double at = (slot + 0.5) / TABLE.length;
      while (word < WORDS.length - 1 && cumulative + zipf.probability(word) < at) {
        cumulative += zipf.probability(word);
        word++;
      }
      TABLE[slot] = word;
    }
  }

  private final StringBuilder out = new StringBuilder(1 << 16);

  /**
   * A chapter body of exactly {@code words} words (at least one). The returned text is this
   * object's buffer, valid until the next call.
   */
  CharSequence body(long seed, int words) {
    SplittableRandom rng = new SplittableRandom(seed);
    out.setLength(0);
    int left = words;
    while (left > 0) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append("<p>");
      int paragraph = Math.min(left, 15 + rng.nextInt(110));
      if (left - paragraph < 8) {
        paragraph = left;
      }
      left -= paragraph;
      boolean first = true;
      while (paragraph > 0) {
        int sentence = Math.min(paragraph, 3 + rng.nextInt(18));
        if (paragraph - sentence < 3) {
          sentence = paragraph;
        }
        if (!first) {
          out.append(' ');
        }
        sentence(rng, out, sentence, rng.nextInt(100) < 18);
        paragraph -= sentence;
        first = false;
      }
      out.append("</p>");
    }
    return out;
  }

  /** The seed of chapter {@code position} (1-based) of a work whose text seed is given. */
  static long chapterSeed(long textSeed, int position) {
    return Rng.hash(textSeed, Rng.CHAPTERS, position);
  }

  /** One sentence of {@code words} words, optionally as a line of dialogue. */
  static void sentence(SplittableRandom rng, StringBuilder out, int words, boolean dialogue) {
    if (dialogue) {
      out.append('\u201c');
    }
    int previous = -1;
    for (int i = 0; i < words; i++) {
      int word = TABLE[rng.nextInt() & 0xFFFF];
      if (word == previous) {
        word = TABLE[rng.nextInt() & 0xFFFF];
      }
      previous = word;
      if (i == 0) {
        out.append(CAPITALIZED[word]);
        continue;
      }
      int separator = rng.nextInt(200);
      out.append(separator < 12 ? ", " : separator < 15 ? " \u2014 " : " ").append(WORDS[word]);
    }
    int end = rng.nextInt(100);
    out.append(end < 80 ? "." : end < 90 ? "?" : end < 96 ? "!" : "\u2026");
    if (dialogue) {
      out.append('\u201d');
    }
  }

  /** Plain sentences (no dialogue), for summaries and notes. */
  static String sentences(SplittableRandom rng, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      sentence(rng, text, 5 + rng.nextInt(18), false);
    }
    return text.toString();
  }

  /** A title of this many words in title case. */
  static String title(SplittableRandom rng, int words) {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int word = TABLE[rng.nextInt() & 0xFFFF];
      if (i > 0) {
        title.append(' ');
      }
      boolean small = i > 0 && i < words - 1 && SMALL.contains(WORDS[word]);
      title.append(small ? WORDS[word] : CAPITALIZED[word]);
    }
    return title.toString();
  }

  private static String capitalize(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
