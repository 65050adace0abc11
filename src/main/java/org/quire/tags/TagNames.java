package org.quire.tags;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Tag fields on forms hold several names separated by commas (which no tag name may contain). */
public final class TagNames {
  private static final Pattern SEPARATOR = Pattern.compile("[,，、]");

  private TagNames() {}

  /** "Ana, Ben ,, Cy" gives [Ana, Ben, Cy]. */
  public static List<String> split(String names) {
    return Arrays.stream(SEPARATOR.split(names))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
