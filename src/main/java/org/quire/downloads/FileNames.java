package org.quire.downloads;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A download's file name: the title reduced to ASCII word characters (accents dropped, apostrophes
 * removed, anything else a space), at most {@link #MAX} characters cut at a word boundary, spaces
 * as {@code _}; {@code Work_<id>} when nothing is left.
 */
final class FileNames {
  static final int MAX = 24;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc]");
  private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9_]+");

  private FileNames() {}

  static String base(String title, long workId) {
    String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
    ascii = APOSTROPHES.matcher(ascii).replaceAll("");
    String words = NOT_WORD.matcher(ascii).replaceAll(" ").strip();
    if (words.length() > MAX) {
      int cut = words.lastIndexOf(' ', MAX);
      words = cut > 0 ? words.substring(0, cut) : words.substring(0, MAX);
    }
    words = words.strip().replace(' ', '_');
    return words.isEmpty() ? "Work_" + workId : words;
  }
}
