package org.quire.listings;

/**
 * The text of sanitized HTML, fast: tags become spaces and character references are decoded. Only
 * for markup this archive wrote itself (sanitized, well-formed), where a full parse would cost ten
 * times as much when a whole archive is indexed. Public for the works benchmarks, which measure it
 * with the rest of saving a chapter.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The text of this sanitized HTML. */
  public static String of(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          break;
        }
        out.append(' ');
        i = end + 1;
      } else if (c == '&') {
        // Looks no further than the longest reference decoded, so that text of many bare '&'
        // costs one pass rather than a scan to the next ';' for each of them.
        int end = semicolon(html, i + 1, Math.min(n, i + 11));
        if (end < 0) {
          out.append(c);
          i++;
          continue;
        }
        int decoded = entity(html.substring(i + 1, end));
        if (decoded < 0) {
          out.append(c);
          i++;
        } else {
          out.appendCodePoint(decoded);
          i = end + 1;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int semicolon(String html, int from, int to) {
    for (int j = from; j < to; j++) {
      if (html.charAt(j) == ';') {
        return j;
      }
    }
    return -1;
  }

  private static int entity(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return number(name.substring(2), 16);
    }
    if (name.startsWith("#")) {
      return number(name.substring(1), 10);
    }
    return switch (name) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos" -> '\'';
      case "nbsp" -> ' ';
      default -> -1;
    };
  }

  private static int number(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) ? cp : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
