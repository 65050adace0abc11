package org.quire.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a work out of plain text. A short first line followed by a blank line is the title. Text
 * copied from an AO3 work page: each line reading exactly {@code Chapter Text} starts a chapter
 * (the "Chapter N: Title" line just before it is that chapter's title), the page's "Summary:" and
 * "Notes:" sections above the first one are the work's, and any other text before the first one is
 * chapter 1. Other text is split at lines reading "Chapter N" or "Chapter N: Title"; text before
 * the first such line becomes chapter 1 unless it is only a few characters.
 */
final class TextImport {
  static final int TITLE_MAX = 200;

  private TextImport() {}

  static ParsedWork parse(String text) {
    ParsedWork work = new ParsedWork();
    List<String> lines =
        new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first < lines.size()
        && lines.get(first).strip().length() <= TITLE_MAX
        && (first + 1 == lines.size() || lines.get(first + 1).isBlank())) {
      work.title = lines.get(first).strip();
      first++;
    }
    List<String> rest = lines.subList(first, lines.size());
    boolean copiedFromAo3 = rest.stream().anyMatch(l -> l.strip().equals("Chapter Text"));
    if (copiedFromAo3) {
      work.source = "text copied from an AO3 work page";
      ao3(rest, work);
    } else {
      work.source = "plain text";
      headings(rest, work);
    }
    work.chapters.removeIf(c -> c.body.isBlank());
    return work;
  }

  private static void ao3(List<String> lines, ParsedWork work) {
    List<List<String>> segments = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.strip().equals("Chapter Text")) {
        segments.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    segments.add(current);
    List<String> titles = new ArrayList<>();
    for (List<String> segment : segments) {
      titles.add(takeTrailingHeading(segment));
    }
    labelled(segments.get(0), work);
    // The text before the first "Chapter Text" line is chapter 1, when there is any.
    if (!String.join("\n", segments.get(0)).isBlank()) {
      work.addChapter("", "text").body = String.join("\n", segments.get(0)).strip();
    }
    for (int i = 1; i < segments.size(); i++) {
      String title = titles.get(i - 1);
      work.addChapter(title == null ? "" : title, "text").body =
          String.join("\n", segments.get(i)).strip();
    }
  }

  /**
   * Takes the "Summary:" and "Notes:" sections that an AO3 work page shows above the text (a label
   * on its own line, then the text up to the next label) out of the lines, into the work.
   */
  private static void labelled(List<String> lines, ParsedWork work) {
    String label = null;
    StringBuilder text = new StringBuilder();
    List<String> rest = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.equals("Summary:") || l.equals("Notes:")) {
        store(label, text, work);
        label = l;
        text = new StringBuilder();
      } else if (label != null) {
        text.append(line).append('\n');
      } else {
        rest.add(line);
      }
    }
    store(label, text, work);
    lines.clear();
    lines.addAll(rest);
  }

  private static void store(
      @org.jspecify.annotations.Nullable String label, StringBuilder text, ParsedWork work) {
    if ("Summary:".equals(label)) {
      work.summary = text.toString().strip();
    } else if ("Notes:".equals(label)) {
      work.notes = text.toString().strip();
    }
  }

  /** Removes a last non-blank line reading "Chapter N: Title" and returns its title. */
  private static @org.jspecify.annotations.Nullable String takeTrailingHeading(List<String> lines) {
    int last = lines.size() - 1;
    while (last >= 0 && lines.get(last).isBlank()) {
      last--;
    }
    if (last < 0) {
      return null;
    }
    Matcher m = HtmlImport.CHAPTER.matcher(lines.get(last).strip());
    if (!m.matches()) {
      return null;
    }
    lines.subList(last, lines.size()).clear();
    return m.group(2) == null ? "" : m.group(2).strip();
  }

  private static void headings(List<String> lines, ParsedWork work) {
    StringBuilder before = new StringBuilder();
    StringBuilder current = before;
    List<ParsedWork.Chapter> found = new ArrayList<>();
    List<StringBuilder> bodies = new ArrayList<>();
    for (String line : lines) {
      String stripped = line.strip();
      Matcher m = HtmlImport.CHAPTER.matcher(stripped);
      if (stripped.length() <= TITLE_MAX && m.matches()) {
        ParsedWork.Chapter chapter = new ParsedWork.Chapter("text");
        chapter.title = m.group(2) == null ? "" : m.group(2).strip();
        found.add(chapter);
        current = new StringBuilder();
        bodies.add(current);
      } else {
        current.append(line).append('\n');
      }
    }
    String prologue = before.toString().strip();
    if (prologue.length() >= 10 || found.isEmpty()) {
      work.addChapter("", "text").body = prologue;
    }
    for (int i = 0; i < found.size(); i++) {
      found.get(i).body = bodies.get(i).toString().strip();
      work.chapters.add(found.get(i));
    }
  }
}
