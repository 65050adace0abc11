package org.quire.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Field messages for a page's form, shown beside each field; plus one for the whole form. */
public final class FormErrors {
  private static final FormErrors NONE = new FormErrors(Map.of(), null);
  private final Map<String, String> byField;
  private final @Nullable String general;

  private FormErrors(Map<String, String> byField, @Nullable String general) {
    this.byField = byField;
    this.general = general;
  }

  public static FormErrors none() {
    return NONE;
  }

  /** The messages of a failed service call, as a form shows them. */
  public static FormErrors of(ApiException e) {
    Map<String, String> map = new LinkedHashMap<>();
    for (FieldError error : e.errors()) {
      map.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
    }
    return new FormErrors(map, e.errors().isEmpty() ? e.getMessage() : null);
  }

  /** The same messages with those of service field {@code from} shown at form field {@code to}. */
  public FormErrors renamed(String from, String to) {
    Map<String, String> map = new LinkedHashMap<>(byField);
    String message = map.remove(from);
    if (message != null) {
      map.put(to, message);
    }
    return new FormErrors(map, general);
  }

  public boolean any() {
    return general != null || !byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** "username" + "is required" reads "Username is required." beside the field. */
  public String get(String field) {
    String message = byField.get(field);
    if (message == null) {
      return "";
    }
    String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    String text = words + " " + message;
    return Character.toUpperCase(text.charAt(0))
        + text.substring(1)
        + (text.endsWith(".") ? "" : ".");
  }

  public @Nullable String general() {
    return general;
  }
}
