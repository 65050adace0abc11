package org.quire.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract's paging parameters, checked the same way on every list: {@code page} from 1, {@code
 * perPage} from 1 to {@value #MAX_PER_PAGE}; anything else (a non-number included) is a 400 that
 * says which parameter is wrong. Controllers take both as optional strings and parse them here, so
 * that a bad value reads the same everywhere.
 */
public record Paging(int page, int perPage) {
  public static final int MAX_PER_PAGE = 100;

  /** The parameters as given (null or blank for their defaults). */
  public static Paging of(@Nullable String page, @Nullable String perPage, int defaultPerPage) {
    int p = number("page", page, 1);
    int size = number("perPage", perPage, defaultPerPage);
    if (p < 1) {
      throw ApiException.badRequest("'page' must be 1 or more.");
    }
    if (size < 1 || size > MAX_PER_PAGE) {
      throw ApiException.badRequest("'perPage' must be between 1 and " + MAX_PER_PAGE + ".");
    }
    return new Paging(p, size);
  }

  /** Rows to skip before this page. */
  public long offset() {
    return (long) (page - 1) * perPage;
  }

  /** This page of a list held in memory (empty past the end). */
  public <T> List<T> slice(List<T> all) {
    long from = Math.min(all.size(), offset());
    long to = Math.min(all.size(), from + perPage);
    return all.subList((int) from, (int) to);
  }

  private static int number(String name, @Nullable String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' must be a whole number.");
    }
  }
}
