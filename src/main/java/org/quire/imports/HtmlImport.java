package org.quire.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a work out of an HTML document. Files with a tag list (a {@code dl} whose terms are
 * "Rating:", "Fandom:" …, as in AO3's downloads, a saved AO3 work page, or Quire's own downloads)
 * are read field by field: the tags, language, series and stats from the list, "Summary" and
 * "Notes" from the blockquote after those labels, each chapter from its "Chapter N: Title" heading,
 * its labelled notes and its {@code div.userstuff} text, and the afterword's end notes. Other HTML
 * is split into chapters at "Chapter N" / "Chapter N: Title" headings.
 */
final class HtmlImport {
  /** "Chapter 3", "Chapter 3: The Storm", "Chapter IV - Home", "Ch. 2. Title". */
  static final Pattern CHAPTER =
      Pattern.compile(
          "(?:chapter|ch\\.?)\\s*(\\d{1,4}|[ivxlc]{1,8})\\s*(?:[:.\\-\u2013\u2014]\\s*(.*))?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PUBLISHED = Pattern.compile("Published:\\s*(\\d{4}-\\d{2}-\\d{2})");
  // A work in progress says "Updated:", a finished one "Completed:".
  private static final Pattern UPDATED =
      Pattern.compile("(?:Updated|Completed):\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern CHAPTERS = Pattern.compile("Chapters:\\s*(\\d+)\\s*/\\s*(\\d+|\\?)");
  private static final Map<String, String> LABELS =
      Map.of(
          "summary", "summary",
          "notes", "notes",
          "author's note", "notes",
          "chapter summary", "chapter summary",
          "chapter notes", "chapter notes",
          "chapter end notes", "chapter end notes",
          "end notes", "end notes");

  private HtmlImport() {}

  /** True when the document has an archive's tag list. */
  static boolean hasTagList(Document doc) {
    return tagList(doc) != null;
  }

  static ParsedWork parse(Document doc) {
    ParsedWork work = new ParsedWork();
    Element tags = tagList(doc);
    if (tags != null || !doc.select("div.userstuff").isEmpty()) {
      work.source = tags != null ? "archive download (HTML with a tag list)" : "HTML";
      if (tags != null) {
        readTags(tags, work);
      }
      Element title = titleElement(doc);
      if (title != null) {
        work.title = title.text().strip();
      }
      walk(doc.body(), work, tags, title);
    } else {
      work.source = "HTML";
      generic(doc, work);
    }
    if (work.title.isBlank()) {
      work.title = doc.title().strip();
    }
    return work;
  }

  private static @Nullable Element tagList(Document doc) {
    for (Element dl : doc.select("dl")) {
      boolean rating = false;
      boolean fandom = false;
      for (Element dt : dl.select("dt")) {
        String label = label(dt.text());
        rating |= label.startsWith("rating");
        fandom |= label.startsWith("fandom");
      }
      if (rating && fandom) {
        return dl;
      }
    }
    return null;
  }

  private static @Nullable Element titleElement(Document doc) {
    for (String css :
        List.of("#preface h1", ".title-page h1", ".preface h2.title", "h2.title.heading", "h1")) {
      Element e = doc.selectFirst(css);
      if (e != null && !e.text().isBlank()) {
        return e;
      }
    }
    return null;
  }

  /** "Archive Warnings:" → "archive warnings". */
  static String label(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
  }

  private static void readTags(Element dl, ParsedWork work) {
    for (Element dt : dl.select("dt")) {
      Element dd = dt.nextElementSibling();
      if (dd == null || !dd.normalName().equals("dd")) {
        continue;
      }
      String label = label(dt.text());
      List<String> values = values(dd);
      switch (label) {
        case "rating", "ratings" -> work.rating = values.isEmpty() ? null : values.get(0);
        case "archive warning", "archive warnings", "warning", "warnings" ->
            work.warnings.addAll(values);
        case "category", "categories" -> work.categories.addAll(values);
        case "fandom", "fandoms" -> work.fandoms.addAll(values);
        case "relationship", "relationships" -> work.relationships.addAll(values);
        case "character", "characters" -> work.characters.addAll(values);
        case "additional tags", "additional tag", "freeform", "freeforms" ->
            work.freeforms.addAll(values);
        case "language" -> work.language = dd.text().strip();
        case "series" ->
            work.notes = "<p>Series: " + escape(dd.text().strip()) + "</p>" + work.notes;
        case "stats" -> stats(dd.text(), work);
        default -> {}
      }
    }
  }

  /** A list's values: the links' texts, else the text split at commas. */
  private static List<String> values(Element dd) {
    List<String> values = new ArrayList<>();
    if (!dd.select("a").isEmpty()) {
      dd.select("a").forEach(a -> values.add(a.text().strip()));
    } else {
      values.addAll(org.quire.tags.TagNames.split(dd.text()));
    }
    values.removeIf(String::isBlank);
    return values;
  }

  private static void stats(String text, ParsedWork work) {
    work.publishedOn = date(PUBLISHED.matcher(text));
    work.updatedOn = date(UPDATED.matcher(text));
    Matcher chapters = CHAPTERS.matcher(text);
    if (chapters.find() && !chapters.group(2).equals("?")) {
      work.expectedChapters = Integer.valueOf(chapters.group(2));
    }
  }

  /** The date the matcher finds, or null (not there, or not a real date: then it is today). */
  private static @Nullable LocalDate date(Matcher m) {
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Reads labelled blockquotes, chapter headings and chapter texts in document order. */
  private static void walk(
      Element body, ParsedWork work, @Nullable Element tags, @Nullable Element title) {
    String pending = null;
    ParsedWork.Chapter chapter = null;
    Element skip = null;
    for (Element e : body.getAllElements()) {
      if (skip != null && isInside(e, skip)) {
        continue;
      }
      skip = null;
      if (e.equals(tags) || e.equals(title)) {
        skip = e;
        continue;
      }
      String name = e.normalName();
      boolean headingLike =
          name.matches("h[1-6]|p|dt|b|strong") || e.hasClass("heading") || e.hasClass("title");
      if (headingLike && LABELS.containsKey(label(e.text())) && e.select("blockquote").isEmpty()) {
        pending = LABELS.get(label(e.text()));
        skip = e;
        continue;
      }
      if (name.matches("h[1-6]")) {
        Matcher m = CHAPTER.matcher(e.text().strip());
        if (m.matches()) {
          chapter = work.addChapter(m.group(2) == null ? "" : m.group(2).strip(), "html");
          pending = null;
          skip = e;
          continue;
        }
      }
      if (name.equals("blockquote") && pending != null) {
        String html = e.html().strip();
        switch (pending) {
          case "summary" -> {
            if (chapter == null) {
              work.summary = html;
            } else {
              chapter.summary = html;
            }
          }
          case "notes" -> {
            if (chapter == null) {
              work.notes = work.notes + html;
            } else if (chapter.body.isEmpty()) {
              chapter.notes = html;
            } else {
              chapter.endNotes = html;
            }
          }
          case "chapter summary" -> current(work, chapter).summary = html;
          case "chapter notes" -> current(work, chapter).notes = html;
          case "chapter end notes" -> current(work, chapter).endNotes = html;
          case "end notes" -> work.endNotes = html;
          default -> {}
        }
        pending = null;
        skip = e;
        continue;
      }
      if (name.equals("div")
          && e.hasClass("userstuff")
          && e.select("div.userstuff").size() == 1
          && e.closest("blockquote") == null) {
        // AO3's work pages carry an invisible "Chapter Text" heading inside the text.
        e.select(".landmark").remove();
        if (chapter == null || !chapter.body.isEmpty()) {
          chapter = work.addChapter("", "html");
        }
        chapter.body = e.html().strip();
        pending = null;
        skip = e;
      }
    }
    work.chapters.removeIf(c -> c.body.isBlank());
  }

  private static ParsedWork.Chapter current(ParsedWork work, ParsedWork.@Nullable Chapter chapter) {
    return chapter != null ? chapter : work.addChapter("", "html");
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** HTML without a tag list: chapters at "Chapter N" headings, or the whole body as one. */
  private static void generic(Document doc, ParsedWork work) {
    Element body = doc.body();
    Element h1 = body.selectFirst("h1");
    if (h1 != null && !CHAPTER.matcher(h1.text().strip()).matches()) {
      work.title = h1.text().strip();
      h1.remove();
    }
    List<Node> blocks = new ArrayList<>();
    flatten(body, blocks);
    StringBuilder before = new StringBuilder();
    StringBuilder current = before;
    ParsedWork.Chapter chapter = null;
    List<ParsedWork.Chapter> found = new ArrayList<>();
    List<StringBuilder> bodies = new ArrayList<>();
    for (Node node : blocks) {
      if (node instanceof Element e && isChapterHeading(e)) {
        Matcher m = CHAPTER.matcher(e.text().strip());
        m.matches();
        chapter = new ParsedWork.Chapter("html");
        chapter.title = m.group(2) == null ? "" : m.group(2).strip();
        found.add(chapter);
        current = new StringBuilder();
        bodies.add(current);
      } else {
        current.append(node.outerHtml());
      }
    }
    if (visibleText(before.toString()).length() >= 10 || found.isEmpty()) {
      ParsedWork.Chapter first = work.addChapter("", "html");
      first.body = before.toString().strip();
    }
    for (int i = 0; i < found.size(); i++) {
      found.get(i).body = bodies.get(i).toString().strip();
      work.chapters.add(found.get(i));
    }
    work.chapters.removeIf(c -> visibleText(c.body).isBlank());
  }

  private static void flatten(Element parent, List<Node> blocks) {
    for (Node child : new ArrayList<>(parent.childNodes())) {
      if (child instanceof Element e && !isChapterHeading(e) && containsHeading(e)) {
        flatten(e, blocks);
      } else if (!(child instanceof TextNode t) || !t.isBlank()) {
        blocks.add(child);
      }
    }
  }

  private static boolean containsHeading(Element e) {
    for (Element d : e.getAllElements()) {
      if (!d.equals(e) && isChapterHeading(d)) {
        return true;
      }
    }
    return false;
  }

  /** A heading, or a short paragraph standing alone, that reads "Chapter N…". */
  private static boolean isChapterHeading(Element e) {
    String name = e.normalName();
    boolean candidate =
        name.matches("h[1-6]")
            || ((name.equals("p") || name.equals("div")) && e.children().size() <= 1);
    String text = e.text().strip();
    return candidate && text.length() <= 200 && CHAPTER.matcher(text).matches();
  }

  private static String visibleText(String html) {
    return org.jsoup.Jsoup.parseBodyFragment(html).text().strip();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
