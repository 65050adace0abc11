package org.quire.profiles;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.works.WriterStats.DayHits;

/**
 * A bar chart of hits over time, laid out here so the page draws it as plain SVG (no script, no
 * style attribute: the CSP allows neither). Up to three months of days are shown day by day, longer
 * spans month by month.
 */
record HitsChart(
    int width, int height, List<Bar> bars, List<Tick> xTicks, List<Tick> yTicks, long total) {
  static final int WIDTH = 720;
  static final int HEIGHT = 240;
  static final int LEFT = 48;
  static final int BOTTOM = 28;
  static final int TOP = 12;
  static final int DAILY_UP_TO = 92;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  /** One bar; {@code label} names its day or month for the table and the tooltip. */
  record Bar(double x, double y, double w, double h, String label, long hits) {}

  /** An axis label at a position. */
  record Tick(double at, String label) {}

  boolean isEmpty() {
    return total == 0;
  }

  /** The chart of these days' hits (oldest first), up to {@code today}. */
  static HitsChart of(List<DayHits> days, LocalDate today) {
    Map<String, Long> bins = new LinkedHashMap<>();
    long total = days.stream().mapToLong(DayHits::hits).sum();
    if (!days.isEmpty()) {
      // At least a month of days, so that a new work's first hits are not one wide bar.
      LocalDate first =
          days.get(0).day().isAfter(today.minusDays(29)) ? today.minusDays(29) : days.get(0).day();
      LocalDate last =
          today.isBefore(days.get(days.size() - 1).day()) ? days.get(days.size() - 1).day() : today;
      boolean daily = !first.plusDays(DAILY_UP_TO).isBefore(last);
      if (daily) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
          bins.put(d.format(DAY) + " " + d.getYear(), 0L);
        }
        days.forEach(
            d -> bins.merge(d.day().format(DAY) + " " + d.day().getYear(), d.hits(), Long::sum));
      } else {
        for (YearMonth m = YearMonth.from(first);
            !m.isAfter(YearMonth.from(last));
            m = m.plusMonths(1)) {
          bins.put(m.format(MONTH), 0L);
        }
        days.forEach(d -> bins.merge(YearMonth.from(d.day()).format(MONTH), d.hits(), Long::sum));
      }
    }
    long max = Math.max(1, bins.values().stream().mapToLong(Long::longValue).max().orElse(1));
    long top = niceCeiling(max);
    double plotWidth = WIDTH - LEFT - 8;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = bins.isEmpty() ? plotWidth : plotWidth / bins.size();
    List<Bar> bars = new ArrayList<>();
    List<Tick> xTicks = new ArrayList<>();
    int every = Math.max(1, (int) Math.ceil(bins.size() / 6.0));
    int i = 0;
    for (Map.Entry<String, Long> bin : bins.entrySet()) {
      double h = plotHeight * bin.getValue() / top;
      double x = LEFT + i * slot;
      bars.add(
          new Bar(
              round(x + slot * 0.1),
              round(TOP + plotHeight - h),
              round(slot * 0.8),
              round(h),
              bin.getKey(),
              bin.getValue()));
      if (i % every == 0) {
        xTicks.add(new Tick(round(x + slot / 2), bin.getKey()));
      }
      i++;
    }
    List<Tick> yTicks = new ArrayList<>();
    int steps = (int) Math.min(4, top); // whole numbers only: 0, 1, 2 for a top of 2
    for (int step = 0; step <= steps; step++) {
      long value = top * step / steps;
      yTicks.add(
          new Tick(round(TOP + plotHeight - plotHeight * step / steps), Long.toString(value)));
    }
    return new HitsChart(WIDTH, HEIGHT, bars, xTicks, yTicks, total);
  }

  /** The y axis's top: 1, 2 or 5 times a power of ten, at least {@code max}. */
  static long niceCeiling(long max) {
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power >= max) {
          return m * power;
        }
      }
      power *= 10;
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
