package org.quire.works;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up chapters for the benchmarks: prose of a given length with dialogue, contractions, a few
 * hyphenated words and numbers, emphasis every few sentences, a handful of links and a scene break,
 * as HTML paragraphs or as Markdown. The same seed always gives the same text.
 */
final class SampleChapters {
  private static final List<String> WORDS =
      List.of(
          "the",
          "and",
          "she",
          "he",
          "was",
          "had",
          "her",
          "his",
          "that",
          "it",
          "to",
          "of",
          "a",
          "in",
          "for",
          "with",
          "on",
          "at",
          "as",
          "but",
          "not",
          "they",
          "could",
          "would",
          "from",
          "back",
          "into",
          "over",
          "then",
          "still",
          "only",
          "just",
          "never",
          "again",
          "once",
          "door",
          "window",
          "light",
          "rain",
          "hand",
          "hands",
          "voice",
          "room",
          "night",
          "morning",
          "ship",
          "sword",
          "letter",
          "tea",
          "silence",
          "smile",
          "breath",
          "shoulder",
          "heart",
          "looked",
          "turned",
          "said",
          "whispered",
          "laughed",
          "waited",
          "reached",
          "watched",
          "knew",
          "thought",
          "remembered",
          "pulled",
          "closed",
          "opened",
          "followed",
          "felt",
          "quiet",
          "cold",
          "warm",
          "bright",
          "tired",
          "careful",
          "sudden",
          "familiar",
          "old",
          "small",
          "long",
          "dark",
          "soft",
          "strange",
          "gentle",
          "broken",
          "empty",
          "slowly",
          "finally",
          "almost",
          "perhaps",
          "something",
          "nothing",
          "everything",
          "himself",
          "herself",
          "across",
          "between",
          "behind",
          "toward",
          "without",
          "because",
          "before",
          "don't",
          "couldn't",
          "it's",
          "she'd",
          "he’d",
          "wasn’t",
          "I'm",
          "you're",
          "they'd",
          "half-empty",
          "well-worn",
          "sister-in-law",
          "twenty-three",
          "re-read");
  private static final List<String> NAMES =
      List.of("Aziraphale", "Crowley", "Jean-Luc", "Beverly", "Hermione", "Ana", "Yuki", "Mór");
  private static final List<String> LINKS =
      List.of(
          "https://example.org/art/1234",
          "https://example.org/playlist?id=42&amp;track=7",
          "https://example.net/works/99/chapters/3",
          "#fn1");

  private SampleChapters() {}

  /** A chapter of about {@code words} words as HTML: paragraphs, emphasis, links, a scene break. */
  static String html(int words, long seed) {
    return write(words, seed, true);
  }

  /** The same kind of chapter as Markdown. */
  static String markdown(int words, long seed) {
    return write(words, seed, false);
  }

  /** A reader's comment of about {@code words} words, typed without markup, two paragraphs. */
  static String comment(int words, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder();
    int written = 0;
    while (written < words) {
      written += sentence(random, out, false);
      out.append(written > words / 2 && out.indexOf("\n") < 0 ? "\n\n" : " ");
    }
    return out.toString().strip();
  }

  private static String write(int words, long seed, boolean html) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(words * 7);
    int written = 0;
    int linksLeft = Math.max(3, words / 1_000);
    boolean sceneBreak = false;
    while (written < words) {
      if (!sceneBreak && written > words / 2) {
        out.append(html ? "<p align=\"center\">* * *</p>\n" : "\\* \\* \\*\n\n");
        sceneBreak = true;
      }
      out.append(html ? "<p>" : "");
      boolean dialogue = random.nextInt(3) == 0;
      if (dialogue) {
        out.append('“');
      }
      int sentences = 1 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          out.append(' ');
        }
        written += sentence(random, out, html);
      }
      if (dialogue) {
        out.append("” ").append(NAMES.get(random.nextInt(NAMES.size()))).append(" said.");
        written += 2;
      }
      if (linksLeft > 0 && random.nextInt(40) == 0) {
        String href = LINKS.get(random.nextInt(LINKS.size()));
        out.append(html ? " <a href=\"" + href + "\">" : " [")
            .append("see the art")
            .append(html ? "</a>" : "](" + href.replace("&amp;", "&") + ")");
        written += 3;
        linksLeft--;
      }
      out.append(html ? "</p>\n" : "\n\n");
    }
    return out.toString();
  }

  /** One sentence; returns its number of words. */
  private static int sentence(SplittableRandom random, StringBuilder out, boolean html) {
    int length = 5 + random.nextInt(16);
    int emphasisAt = random.nextInt(8) == 0 ? random.nextInt(length) : -1;
    boolean strong = random.nextInt(4) == 0;
    for (int w = 0; w < length; w++) {
      if (w > 0) {
        out.append(w == length / 2 && random.nextInt(6) == 0 ? ", " : " ");
      }
      String word;
      int kind = random.nextInt(40);
      if (kind == 0) {
        word = NAMES.get(random.nextInt(NAMES.size()));
      } else if (kind == 1) {
        word = random.nextBoolean() ? "1,000" : Integer.toString(2 + random.nextInt(300));
      } else {
        word = WORDS.get(random.nextInt(WORDS.size()));
      }
      if (w == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      if (w == emphasisAt) {
        String open = html ? (strong ? "<strong>" : "<em>") : (strong ? "**" : "*");
        String close = html ? (strong ? "</strong>" : "</em>") : (strong ? "**" : "*");
        out.append(open).append(word).append(close);
      } else {
        out.append(word);
      }
    }
    out.append(random.nextInt(10) == 0 ? "…" : random.nextInt(8) == 0 ? "?" : ".");
    return length;
  }
}
