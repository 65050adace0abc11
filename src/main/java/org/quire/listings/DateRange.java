package org.quire.listings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;

/**
 * A date range from the query string: {@code 2024-01-01..2024-06-30} (or with "-" or "to" between),
 * {@code >2024-01-01}, {@code <2024-01-01}, or relative as AO3 writes it, "ago" optional: {@code <
 * 2 weeks ago} (within the last two weeks), {@code > 1 year} (longer ago), {@code 1-2 years ago},
 * and {@code 1 day ago} alone for that calendar day (UTC; weeks start on Monday). Bounds are
 * included; dates are whole UTC days. Relative dates further back than {@link #OLDEST} years are
 * taken as that far back, as AO3 does, rather than refused.
 */
public record DateRange(@Nullable Instant from, @Nullable Instant to) {
  private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
  private static final Pattern BETWEEN = Pattern.compile(DATE + "\\s*(?:\\.\\.|-|to)\\s*" + DATE);
  private static final Pattern COMPARE = Pattern.compile("([<>]=?)\\s*" + DATE);
  private static final Pattern SINGLE = Pattern.compile(DATE);
  private static final Pattern AGO =
      Pattern.compile(
          "([<>]=?)?\\s*(\\d{1,30})(?:\\s*-\\s*(\\d{1,30}))?\\s*(hour|day|week|month|year)s?(?:\\s+ago)?");

  /** How many years back a relative date may reach. */
  static final int OLDEST = 1_000;

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
        String unit = relative.group(4);
        Instant near = ago(now, relative.group(2), unit);
        if (relative.group(3) != null) {
          Instant far = ago(now, relative.group(3), unit);
          return new DateRange(far.isBefore(near) ? far : near, far.isBefore(near) ? near : far);
        }
        if (relative.group(1) == null) {
          return calendar(now, near, unit);
        }
        return relative.group(1).startsWith("<")
            ? new DateRange(near, null)
            : new DateRange(null, near);
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

  /** {@code amount} units before now, but never before {@link #OLDEST} years ago. */
  private static Instant ago(Instant now, String amount, String unit) {
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    ZonedDateTime oldest = t.minusYears(OLDEST);
    if (amount.length() > 9) {
      return oldest.toInstant();
    }
    int n = Integer.parseInt(amount);
    ZonedDateTime then;
    try {
      then =
          switch (unit) {
            case "hour" -> t.minusHours(n);
            case "day" -> t.minusDays(n);
            case "week" -> t.minusWeeks(n);
            case "month" -> t.minusMonths(n);
            default -> t.minusYears(n);
          };
    } catch (java.time.DateTimeException | ArithmeticException tooFar) {
      return oldest.toInstant();
    }
    return then.isBefore(oldest) ? oldest.toInstant() : then.toInstant();
  }

  /** The whole hour, day, week (from Monday), month or year that {@code then} falls in. */
  private static DateRange calendar(Instant now, Instant then, String unit) {
    ZonedDateTime t = then.atZone(ZoneOffset.UTC);
    ZonedDateTime start =
        switch (unit) {
          case "hour" -> t.truncatedTo(ChronoUnit.HOURS);
          case "day" -> t.truncatedTo(ChronoUnit.DAYS);
          case "week" ->
              t.truncatedTo(ChronoUnit.DAYS)
                  .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
          case "month" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
          default -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
    ZonedDateTime next =
        switch (unit) {
          case "hour" -> start.plusHours(1);
          case "day" -> start.plusDays(1);
          case "week" -> start.plusWeeks(1);
          case "month" -> start.plusMonths(1);
          default -> start.plusYears(1);
        };
    Instant oldest = now.atZone(ZoneOffset.UTC).minusYears(OLDEST).toInstant();
    Instant from = start.toInstant().isBefore(oldest) ? oldest : start.toInstant();
    return new DateRange(from, next.toInstant().minusMillis(1));
  }
}
