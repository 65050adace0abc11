package org.quire.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Field messages for a page's form, shown beside each field and listed, each as a link to its
 * field, in the summary at the top of the form ({@code platform/messages.jte}); plus one for the
 * whole form.
 */
public final class FormErrors {
  private static final Pattern CHAPTER_FIELD = Pattern.compile("chapters\\[(\\d+)]\\.(\\w+)");
  private static final FormErrors NONE = new FormErrors(Map.of(), Set.of(), null);
  private final Map<String, String> byField;

  /** Fields whose message is a whole sentence already, shown as it is. */
  private final Set<String> stated;

  private final @Nullable String general;

  private FormErrors(Map<String, String> byField, Set<String> stated, @Nullable String general) {
    this.byField = byField;
    this.stated = stated;
    this.general = general;
  }

  public static FormErrors none() {
    return NONE;
  }

  /** The messages of a failed service call, as a form shows them. */
  public static FormErrors of(ApiException e) {
    Map<String, String> map = new LinkedHashMap<>();
    for (FieldError error : e.errors()) {
      // A message said twice for the same field (two rules agreeing) is stated once.
      map.merge(error.field(), error.message(), (a, b) -> a.contains(b) ? a : a + "; " + b);
    }
    return new FormErrors(map, Set.of(), e.errors().isEmpty() ? e.getMessage() : null);
  }

  /** The same messages with those of service field {@code from} shown at form field {@code to}. */
  public FormErrors renamed(String from, String to) {
    Map<String, String> map = new LinkedHashMap<>(byField);
    String message = map.remove(from);
    if (message != null) {
      map.put(to, message);
    }
    return new FormErrors(map, stated, general);
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
    if (stated.contains(field)) {
      return message;
    }
    String text = label(field) + " " + message;
    return Character.toUpperCase(text.charAt(0))
        + text.substring(1)
        + (text.endsWith(".") ? "" : ".");
  }

  /**
   * The same messages together with {@code other}'s (both kept: a form that checks some fields
   * itself shows them with the service's).
   */
  public FormErrors and(FormErrors other) {
    Map<String, String> map = new LinkedHashMap<>(byField);
    other.byField.forEach((field, message) -> map.merge(field, message, (a, b) -> a));
    Set<String> sentences = new HashSet<>(stated);
    sentences.addAll(other.stated);
    return new FormErrors(map, sentences, general != null ? general : other.general);
  }

  /** The same messages with {@code field}'s replaced by {@code sentence}, shown as written. */
  public FormErrors stated(String field, String sentence) {
    Map<String, String> map = new LinkedHashMap<>(byField);
    map.put(field, sentence);
    Set<String> sentences = new HashSet<>(stated);
    sentences.add(field);
    return new FormErrors(map, sentences, general);
  }

  /** One line of the error summary: the message, linking to the field whose id is {@code field}. */
  public record Problem(String field, String message) {
    /** Whether the form has a field with this id to link to (not a chapter of an imported file). */
    public boolean linked() {
      return field.matches("[A-Za-z][A-Za-z0-9_-]*");
    }
  }

  /** Every field message, in the order the fields were checked, for the error summary. */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    for (String field : byField.keySet()) {
      out.add(new Problem(field, get(field)));
    }
    return out;
  }

  /** "endNotes" reads "end notes"; an imported file's "chapters[1].body" reads "chapter 2 text". */
  private static String label(String field) {
    Matcher chapter = CHAPTER_FIELD.matcher(field);
    if (chapter.matches()) {
      String part = chapter.group(2).equals("body") ? "text" : words(chapter.group(2));
      return "chapter " + (Integer.parseInt(chapter.group(1)) + 1) + " " + part;
    }
    return words(field);
  }

  private static String words(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  public @Nullable String general() {
    return general;
  }
}
