package org.quire.platform;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code aria-describedby} of a form field: its hint and its error message, each only when the
 * page shows it (an id naming no element is an accessibility error). Null leaves the attribute out.
 */
public final class DescribedBy {
  private DescribedBy() {}

  /** "name-hint" when there is a hint, "name-error" when the field has an error. */
  public static @Nullable String field(String name, boolean hint, FormErrors errors) {
    return ids(hint ? name + "-hint" : null, errors.has(name) ? name + "-error" : null);
  }

  /** The ids given that are not null, space-separated; null when there are none. */
  public static @Nullable String ids(@Nullable String... ids) {
    List<String> shown = new ArrayList<>();
    for (String id : ids) {
      if (id != null) {
        shown.add(id);
      }
    }
    return shown.isEmpty() ? null : String.join(" ", shown);
  }
}
