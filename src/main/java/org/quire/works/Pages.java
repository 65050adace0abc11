package org.quire.works;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Formatting helpers and page addresses that the work pages and the listings (their blurbs, sidebar
 * and links) share.
 */
public final class Pages {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private Pages() {}

  /** A tag's works page; the name is percent-encoded, {@code /} included. */
  public static String tagWorks(String name) {
    return "/tags/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8) + "/works";
  }

  /** A user's profile page. */
  public static String user(String username) {
    return "/users/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
  }

  /** A pseud's page: the works credited to that pseud. */
  public static String pseud(String username, String pseud) {
    return user(username) + "/pseuds/" + UriUtils.encodePathSegment(pseud, StandardCharsets.UTF_8);
  }

  /** A day as yyyy-MM-dd (UTC); empty for none. */
  public static String date(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ZoneOffset.UTC));
  }

  /** A day as yyyy-MM-dd. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A count with thousands separators. */
  public static String number(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  /** A language's name from its code. */
  public static String language(String code) {
    return Languages.name(code);
  }

  /** Every language works may be in, code to name, in the order forms list them. */
  public static Map<String, String> languages() {
    return Collections.unmodifiableMap(Languages.ALL);
  }
}
