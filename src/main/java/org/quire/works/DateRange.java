package org.quire.works;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;

/**
 * A date range from the query string: {@code 2024-01-01..2024-06-30} (or with "-" or "to" between),
 * {@code >2024-01-01}, {@code <2024-01-01}, or relative as AO3 writes it: {@code < 2 weeks ago}
 * (within the last two weeks), {@code > 1 year ago} (longer ago), {@code 1-2 years ago}. Bounds are
 * included; dates are whole UTC days.
 */
public record DateRange(@Nullable Instant from, @Nullable Instant to) {
  private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
  private static final Pattern BETWEEN = Pattern.compile(DATE + "\\s*(?:\\.\\.|-|to)\\s*" + DATE);
  private static final Pattern COMPARE = Pattern.compile("([<>]=?)\\s*" + DATE);
  private static final Pattern SINGLE = Pattern.compile(DATE);
  private static final Pattern AGO =
      Pattern.compile(
          "([<>]=?)?\\s*(\\d{1,4})(?:\\s*-\\s*(\\d{1,4}))?\\s*(hour|day|week|month|year)s?\\s+ago");

  static @Nullable DateRange parse(String parameter, @Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      Matcher between = BETWEEN.matcher(v);
      if (between.matches()) {
        return new DateRange(start(between.group(1)), end(between.group(2)));
      }
      Matcher compare = COMPARE.matcher(v);
      if (compare.matches()) {
        return compare.group(1).startsWith(">")
            ? new DateRange(
                compare.group(1).equals(">") ? end(compare.group(2)) : start(compare.group(2)),
                null)
            : new DateRange(
                null,
                compare.group(1).equals("<") ? start(compare.group(2)) : end(compare.group(2)));
      }
      Matcher single = SINGLE.matcher(v);
      if (single.matches()) {
        return new DateRange(start(single.group(1)), end(single.group(1)));
      }
      Matcher relative = AGO.matcher(v);
      if (relative.matches()) {
        String op = relative.group(1) == null ? "<" : relative.group(1);
        Instant near = ago(now, Integer.parseInt(relative.group(2)), relative.group(4));
        if (relative.group(3) != null) {
          Instant far = ago(now, Integer.parseInt(relative.group(3)), relative.group(4));
          return new DateRange(far.isBefore(near) ? far : near, far.isBefore(near) ? near : far);
        }
        return op.startsWith("<") ? new DateRange(near, null) : new DateRange(null, near);
      }
    } catch (DateTimeParseException badDate) {
      // reported below
    }
    throw ApiException.badRequest(
        "'"
            + parameter
            + "' must be a date range like 2024-01-01..2024-06-30, >2024-01-01 or < 2 weeks ago (got '"
            + value
            + "').");
  }

  private static Instant start(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Instant end(String date) {
    return LocalDate.parse(date)
        .plusDays(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .minusMillis(1);
  }

  private static Instant ago(Instant now, int n, String unit) {
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    ZonedDateTime then =
        switch (unit) {
          case "hour" -> t.minusHours(n);
          case "day" -> t.minusDays(n);
          case "week" -> t.minusWeeks(n);
          case "month" -> t.minusMonths(n);
          default -> t.minusYears(n);
        };
    return then.toInstant();
  }
}
