package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Relative dates as AO3's search box reads them. */
class DateRangeTest {
  // A Wednesday afternoon.
  private static final Instant NOW = Instant.parse("2026-03-18T15:20:00Z");

  private static DateRange parse(String value) {
    return DateRange.parse("updated", value, NOW);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void agoIsOptional() {
    assertThat(parse("< 1 week")).isEqualTo(parse("< 1 week ago"));
    assertThat(parse("< 1 week")).isEqualTo(new DateRange(at("2026-03-11T15:20:00Z"), null));
    assertThat(parse("> 2 months")).isEqualTo(new DateRange(null, at("2026-01-18T15:20:00Z")));
    assertThat(parse("<3 days")).isEqualTo(new DateRange(at("2026-03-15T15:20:00Z"), null));
    assertThat(parse("1-2 years"))
        .isEqualTo(new DateRange(at("2024-03-18T15:20:00Z"), at("2025-03-18T15:20:00Z")));
  }

  @Test
  void aBareAmountAgoIsThatCalendarPeriod() {
    assertThat(parse("1 day ago"))
        .isEqualTo(new DateRange(at("2026-03-17T00:00:00Z"), at("2026-03-17T23:59:59.999Z")));
    assertThat(parse("0 days ago"))
        .isEqualTo(new DateRange(at("2026-03-18T00:00:00Z"), at("2026-03-18T23:59:59.999Z")));
    // Weeks start on Monday.
    assertThat(parse("1 week ago"))
        .isEqualTo(new DateRange(at("2026-03-09T00:00:00Z"), at("2026-03-15T23:59:59.999Z")));
    assertThat(parse("2 months ago"))
        .isEqualTo(new DateRange(at("2026-01-01T00:00:00Z"), at("2026-01-31T23:59:59.999Z")));
    assertThat(parse("1 year"))
        .isEqualTo(new DateRange(at("2025-01-01T00:00:00Z"), at("2025-12-31T23:59:59.999Z")));
    assertThat(parse("3 hours ago"))
        .isEqualTo(new DateRange(at("2026-03-18T12:00:00Z"), at("2026-03-18T12:59:59.999Z")));
  }

  @Test
  void absurdlyOldDatesAreClampedNotRefused() {
    Instant oldest = ZonedDateTime.ofInstant(NOW, ZoneOffset.UTC).minusYears(1_000).toInstant();
    assertThat(parse("< 5000 years ago")).isEqualTo(new DateRange(oldest, null));
    assertThat(parse("> 99999999999999999999 days")).isEqualTo(new DateRange(null, oldest));
    assertThat(parse("999999999 hours ago").from()).isEqualTo(oldest);
    assertThat(parse("2000-3000 years ago")).isEqualTo(new DateRange(oldest, oldest));
  }
}
