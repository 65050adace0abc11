package org.quire.interactions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages show them: "22 Nov 2026, 14:05 UTC". */
final class Dates {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Dates() {}

  static String of(Instant instant) {
    return FORMAT.format(instant);
  }
}
