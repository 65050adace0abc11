package org.quire.listings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;

/**
 * A numeric range from the query string: {@code 1000-5000} (bounds included), {@code >1000}, {@code
 * <500}, {@code >=1000}, {@code <=500} or a single number. Anything else is a 400.
 */
public record Range(@Nullable Long min, @Nullable Long max) {
  private static final Pattern BETWEEN = Pattern.compile("(\\d{1,15})\\s*-\\s*(\\d{1,15})");
  private static final Pattern COMPARE = Pattern.compile("([<>]=?)\\s*(\\d{1,15})");
  private static final Pattern EXACT = Pattern.compile("\\d{1,15}");

  static @Nullable Range parse(String parameter, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().replace(",", "").replace("_", "");
    Matcher between = BETWEEN.matcher(v);
    if (between.matches()) {
      long a = Long.parseLong(between.group(1));
      long b = Long.parseLong(between.group(2));
      return new Range(Math.min(a, b), Math.max(a, b));
    }
    Matcher compare = COMPARE.matcher(v);
    if (compare.matches()) {
      long n = Long.parseLong(compare.group(2));
      return switch (compare.group(1)) {
        case ">" -> new Range(n + 1, null);
        case ">=" -> new Range(n, null);
        case "<" -> new Range(null, n - 1);
        default -> new Range(null, n);
      };
    }
    if (EXACT.matcher(v).matches()) {
      long n = Long.parseLong(v);
      return new Range(n, n);
    }
    throw ApiException.badRequest(
        "'" + parameter + "' must be a range like 1000-5000, >1000 or <500 (got '" + value + "').");
  }
}
