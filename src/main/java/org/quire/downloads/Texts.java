package org.quire.downloads;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates and numbers as the title pages print them. */
final class Texts {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private Texts() {}

  static String date(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ZoneOffset.UTC));
  }

  static String number(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }
}
