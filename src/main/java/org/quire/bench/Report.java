package org.quire.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's output: an aligned table of the figures, each with its target and ✓ or ✗ where
 * the issue sets one, then one JSON object with every figure on the last line.
 */
final class Report {
  private final Map<String, Object> json = new LinkedHashMap<>();
  private final List<String[]> rows = new ArrayList<>();

  /** A figure with its JSON key; {@code target} and {@code met} may be null (no target). */
  Report figure(
      String label,
      String key,
      double value,
      String unit,
      @Nullable String target,
      @Nullable Boolean met) {
    json.put(key, round(value));
    rows.add(
        new String[] {
          label,
          format(value) + (unit.isEmpty() ? "" : " " + unit),
          target == null ? "" : target,
          met == null ? "" : met ? "\u2713" : "\u2717"
        });
    return this;
  }

  /** A line of context in the table (no target). */
  Report note(String label, String value) {
    rows.add(new String[] {label, value, "", ""});
    return this;
  }

  /** A value in the JSON only. */
  Report json(String key, Object value) {
    json.put(key, value instanceof Double d ? round(d) : value);
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[4];
    String[] header = {"Figure", "Value", "Target", ""};
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (String[] row : all) {
      for (int i = 0; i < 4; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    out.println();
    for (int r = 0; r < all.size(); r++) {
      String[] row = all.get(r);
      out.println(
          String.format(
                  Locale.ROOT,
                  "%-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s  %s",
                  row[0],
                  row[1],
                  row[2],
                  row[3])
              .stripTrailing());
      if (r == 0) {
        out.println("-".repeat(widths[0] + widths[1] + widths[2] + 8));
      }
    }
    out.println();
    out.println(Http.JSON.writeValueAsString(json));
    out.flush();
  }

  private static Object round(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return (long) value;
    }
    if (Math.abs(value) >= 100) {
      return Math.round(value);
    }
    return Math.round(value * 100) / 100.0;
  }

  private static String format(double value) {
    if (value == Math.rint(value) || Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
  }
}
