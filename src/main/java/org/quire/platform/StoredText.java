package org.quire.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The characters text sent to the archive may not hold: NUL, which PostgreSQL cannot store in text,
 * and the other C0 control characters and DEL, which no one types. Tab, line feed and carriage
 * return are allowed (multi-line fields need them; single-line fields such as tag names refuse them
 * in their own rules). Checked once for every request, on JSON bodies and on form and query
 * parameters, so that no service has to.
 */
public final class StoredText {
  private StoredText() {}

  /** The field message for {@code value}, or null when every character may be stored. */
  public static @Nullable String problem(@Nullable String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return "contains a control character (U+"
            + String.format(Locale.ROOT, "%04X", (int) c)
            + ") that text cannot hold; remove it";
      }
    }
    return null;
  }
}
