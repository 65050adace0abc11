package org.quire.tags;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a tag name may hold, and how form fields separate several names (by commas, which no tag
 * name may contain).
 */
public final class TagNames {
  private static final Pattern SEPARATOR = Pattern.compile("[,，、]");

  /**
   * AO3's restricted characters ({@code , ^ * < > { } = ` \ %}), the full-width commas that also
   * separate names here, and {@code ;}, which a tag page's address cannot carry (servlet containers
   * cut a path segment at it).
   */
  public static final String FORBIDDEN_CHARACTERS = ",^*<>{}=`\\%，、;";

  // Horizontal white space only: a line break in a tag name stays an error (see problem()).
  private static final Pattern SPACES = Pattern.compile("[\\t\\p{Zs}]+");

  private TagNames() {}

  /**
   * The name a tag is stored, found and compared by: trimmed, every run of spaces and tabs (any
   * Unicode space) made one plain space, then Unicode NFC, so that "Hurt/Comfort" typed with a tab,
   * a double or a no-break space, or with a decomposed accent, is the same tag.
   */
  public static String normalize(String name) {
    String collapsed = SPACES.matcher(name).replaceAll(" ").strip();
    return Normalizer.normalize(collapsed, Normalizer.Form.NFC);
  }

  /**
   * Why {@code name} (already {@linkplain #normalize normalized}) cannot be a tag's name, as a
   * field message ("has a tag ..."), or null when it can. Besides the forbidden characters, line
   * breaks and other control characters are refused (a tag is one line, and its page's address
   * could not hold them), and so are the names "." and "..", which an address would read as a
   * folder, and a name that shows nothing once its invisible format characters (zero-width spaces
   * and joiners, word joiners, byte order marks, bidi controls) are left out.
   */
  public static @Nullable String problem(String name) {
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (FORBIDDEN_CHARACTERS.indexOf(ch) >= 0) {
        return "has a tag with a character tags cannot contain: "
            + ch
            + " (in \u201c"
            + name
            + "\u201d)";
      }
      int type = Character.getType(ch);
      if (Character.isISOControl(ch)
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return "has a tag with a line break or control character (U+"
            + String.format(java.util.Locale.ROOT, "%04X", (int) ch)
            + "), which tags cannot contain";
      }
    }
    if (name.equals(".") || name.equals("..")) {
      return "has a tag named \u201c" + name + "\u201d, which cannot be a tag's name";
    }
    if (!name.isEmpty() && !hasVisible(name)) {
      return "has a tag made only of invisible characters (such as zero-width spaces or bidi"
          + " controls), which cannot be a tag's name";
    }
    return null;
  }

  /**
   * True when something besides white space and format characters (Unicode category Cf: zero-width
   * spaces and joiners, word joiners, BOM, bidi controls, soft hyphens) is left.
   */
  private static boolean hasVisible(String name) {
    return name.codePoints()
        .anyMatch(
            cp ->
                Character.getType(cp) != Character.FORMAT
                    && !Character.isWhitespace(cp)
                    && !Character.isSpaceChar(cp));
  }

  /** "Ana, Ben ,, Cy" gives [Ana, Ben, Cy]. */
  public static List<String> split(String names) {
    return Arrays.stream(SEPARATOR.split(names))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
