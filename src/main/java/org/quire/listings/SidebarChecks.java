package org.quire.listings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.quire.platform.Paging;
import org.springframework.util.MultiValueMap;

/**
 * Checks the listing sidebar's fields one by one, so that a malformed value is reported beside its
 * field while every other filter still applies. A field found malformed is taken out of the
 * parameters (the listing runs without it); the page shows the typed text back with the message.
 */
final class SidebarChecks {
  private SidebarChecks() {}

  /**
   * Each malformed field's message by field name; the bad values are removed from {@code params}.
   */
  static Map<String, String> check(MultiValueMap<String, String> params, Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String count : ListingQuery.COUNTS) {
      String label = count.substring(0, 1).toUpperCase(Locale.ROOT) + count.substring(1);
      for (String end : List.of("From", "To")) {
        check(
            params,
            errors,
            count + end,
            label + " " + end.toLowerCase(Locale.ROOT) + " must be a whole number, like 1000.",
            value -> Range.parse(count, value));
      }
    }
    check(
        params,
        errors,
        "updatedFrom",
        "Date updated from must be a date, like 2024-01-31.",
        value -> DateRange.parse("updated", ">=" + value, now));
    check(
        params,
        errors,
        "updatedTo",
        "Date updated to must be a date, like 2024-01-31.",
        value -> DateRange.parse("updated", "<=" + value, now));
    for (String search : List.of("q", "text")) {
      check(params, errors, search, null, value -> SearchSyntax.parse(search, value));
    }
    check(
        params,
        errors,
        "sort",
        "Sort by must be one of the choices offered.",
        value -> {
          if (SortKey.of(value.toLowerCase(Locale.ROOT)).isEmpty()) {
            throw ApiException.badRequest("unknown sort");
          }
        });
    for (String choice : List.of("complete", "crossover")) {
      check(
          params,
          errors,
          choice,
          "Choose one of the " + choice + " options offered.",
          value -> {
            if (!List.of("true", "false", "t", "f", "1", "0", "yes", "no")
                .contains(value.toLowerCase(Locale.ROOT))) {
              throw ApiException.badRequest("not a choice");
            }
          });
    }
    check(params, errors, "order", "Order must be asc or desc.", SidebarChecks::order);
    check(params, errors, "page", null, value -> Paging.of(value, null, 20));
    check(params, errors, "perPage", null, value -> Paging.of(null, value, 20));
    return errors;
  }

  private static void order(String value) {
    if (!value.equals("asc") && !value.equals("desc")) {
      throw ApiException.badRequest("'order' must be asc or desc.");
    }
  }

  /**
   * Runs one field's check; a failure records {@code message} (or the check's own) and drops it.
   */
  private static void check(
      MultiValueMap<String, String> params,
      Map<String, String> errors,
      String field,
      @Nullable String message,
      Check check) {
    String value = params.getFirst(field);
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      check.run(value.strip());
    } catch (ApiException e) {
      errors.put(field, message == null ? e.getMessage() : message);
      params.remove(field);
    }
  }

  @FunctionalInterface
  private interface Check {
    void run(String value);
  }
}
