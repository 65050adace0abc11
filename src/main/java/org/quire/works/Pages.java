package org.quire.works;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/** Formatting helpers the work templates share. */
final class Pages {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private Pages() {}

  /** A tag's works page; the name is percent-encoded, {@code /} included. */
  static String tagWorks(String name) {
    return "/tags/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8) + "/works";
  }

  static String user(String username) {
    return "/users/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
  }

  static String date(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ZoneOffset.UTC));
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String number(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  static String language(String code) {
    return Languages.name(code);
  }
}
