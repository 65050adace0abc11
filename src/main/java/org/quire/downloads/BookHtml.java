package org.quire.downloads;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.quire.tags.TagType;
import org.quire.works.ChapterView;
import org.quire.works.WorkView;
import org.springframework.web.util.UriUtils;

/**
 * The XHTML that every download shares: the title page (title, creators, every tag grouped by type,
 * language, dates and stats, summary and notes), each chapter (title, summary, notes, text, end
 * notes) and the afterword (the work's end notes). Chapter text is stored as sanitized HTML; here
 * it is made valid for EPUB 3's XHTML: obsolete elements and attributes become classes or styles,
 * players (audio, video, embeds) become links to what they play, footnote anchors become ids unique
 * in the book, dangling fragment links and relative links are resolved or dropped, and images point
 * at the book's own copy (or become links when there is none).
 */
final class BookHtml {
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  static final String EPUB_NS = "http://www.idpf.org/2007/ops";
  private static final Pattern SAFE_ID = Pattern.compile("[^A-Za-z0-9_-]");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");
  private static final Pattern LENGTH = Pattern.compile("\\d{1,4}%?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Set<String> ALIGNMENTS = Set.of("left", "right", "center", "justify");

  private BookHtml() {}

  /** An empty XHTML document in the work's language, serialized as XML. */
  static Document document(String title, String language) {
    Document doc = Document.createShell("");
    doc.outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8)
        .prettyPrint(false);
    Element html = doc.selectFirst("html");
    html.attr("xmlns", XHTML_NS)
        .attr("xmlns:epub", EPUB_NS)
        .attr("lang", language)
        .attr("xml:lang", language);
    doc.head().appendElement("title").text(title);
    return doc;
  }

  /** The document as an XHTML file: XML declaration, HTML5 doctype, UTF-8. */
  static String xhtml(Document doc) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        + doc.selectFirst("html").outerHtml()
        + "\n";
  }

  /** The title page. */
  static void preface(Element into, Book book, Function<String, @Nullable String> images) {
    WorkView w = book.work();
    Element page = into.appendElement("section").addClass("title-page").attr("id", "preface");
    page.attr("epub:type", "titlepage");
    page.appendElement("h1").addClass("work-title").text(w.title());
    page.appendElement("p").addClass("byline").text("by " + String.join(", ", w.creators()));
    Element source = page.appendElement("p").addClass("source");
    source.appendText("Posted on ");
    source.appendElement("a").attr("href", book.archiveUrl() + "/").text("Quire");
    source.appendText(" at ");
    source.appendElement("a").attr("href", book.workUrl()).text(book.workUrl());
    source.appendText(".");
    Element tags = page.appendElement("dl").addClass("tags");
    for (TagType type : TagType.values()) {
      List<String> names = w.tags(type);
      if (!names.isEmpty()) {
        tags.appendElement("dt").text(label(type, names.size()) + ":");
        Element dd = tags.appendElement("dd");
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            dd.appendText(", ");
          }
          dd.appendElement("a").attr("href", tagUrl(book, names.get(i))).text(names.get(i));
        }
      }
    }
    tags.appendElement("dt").text("Language:");
    tags.appendElement("dd").text(w.languageName());
    tags.appendElement("dt").text("Stats:");
    tags.appendElement("dd").addClass("stats").text(String.join(" \u00b7 ", stats(w)));
    if (!w.summary().isBlank()) {
      Element summary = page.appendElement("section").addClass("summary");
      summary.appendElement("h2").text("Summary");
      userstuff(summary.appendElement("blockquote"), w.summary(), "summary-", book, images);
    }
    if (!w.notes().isBlank()) {
      Element notes = page.appendElement("section").addClass("notes");
      notes.appendElement("h2").text("Notes");
      userstuff(notes.appendElement("blockquote"), w.notes(), "notes-", book, images);
    }
  }

  /** The stats line's parts: dates, words, chapters and counters. */
  static List<String> stats(WorkView w) {
    List<String> parts = new ArrayList<>();
    if (w.publishedAt() != null) {
      parts.add("Published: " + Texts.date(w.publishedAt()));
    }
    parts.add((w.complete() ? "Completed: " : "Updated: ") + Texts.date(w.updatedAt()));
    parts.add("Words: " + Texts.number(w.wordCount()));
    parts.add("Chapters: " + w.chapterProgress());
    parts.add("Comments: " + Texts.number(w.stats().comments()));
    parts.add("Kudos: " + Texts.number(w.stats().kudos()));
    parts.add("Bookmarks: " + Texts.number(w.stats().bookmarks()));
    parts.add("Hits: " + Texts.number(w.stats().hits()));
    return parts;
  }

  /** "Fandom" or "Fandoms"; "Additional Tags" either way, as AO3 labels them. */
  static String label(TagType type, int count) {
    String label = type.label();
    if (count == 1 || label.endsWith("s")) {
      return label;
    }
    return label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s";
  }

  /** One chapter: heading, summary, notes, text and end notes. */
  static void chapter(
      Element into, Book book, ChapterView chapter, Function<String, @Nullable String> images) {
    String prefix = "c" + chapter.position() + "-";
    Element section =
        into.appendElement("section")
            .addClass("chapter")
            .attr("id", "chapter-" + chapter.position())
            .attr("epub:type", "chapter");
    section.appendElement("h2").addClass("chapter-heading").text(book.heading(chapter));
    meta(section, "chapter-summary", "Chapter Summary", chapter.summary(), prefix + "s-", book);
    meta(section, "chapter-notes", "Chapter Notes", chapter.notes(), prefix + "n-", book);
    userstuff(
        section.appendElement("div").addClass("userstuff"), chapter.body(), prefix, book, images);
    meta(
        section, "chapter-end-notes", "Chapter End Notes", chapter.endNotes(), prefix + "e-", book);
  }

  /** The afterword: the work's end notes and where to leave kudos and comments. */
  static void afterword(Element into, Book book) {
    Element section =
        into.appendElement("section")
            .addClass("afterword")
            .attr("id", "afterword")
            .attr("epub:type", "afterword");
    section.appendElement("h2").text("Afterword");
    meta(section, "end-notes", "End Notes", book.work().endNotes(), "end-", book);
    Element p = section.appendElement("p").addClass("source");
    p.appendText("Leave kudos or a comment for the creator at ");
    p.appendElement("a").attr("href", book.workUrl()).text(book.workUrl());
    p.appendText(".");
  }

  private static void meta(
      Element section, String css, String heading, String html, String prefix, Book book) {
    if (html.isBlank()) {
      return;
    }
    Element part = section.appendElement("section").addClass(css);
    part.appendElement("h3").text(heading);
    userstuff(part.appendElement("blockquote"), html, prefix, book, url -> null);
  }

  /** Every image URL in the work's text, in order. */
  static Set<String> imageUrls(WorkView work, List<ChapterView> chapters) {
    Set<String> urls = new LinkedHashSet<>();
    List<String> html = new ArrayList<>(List.of(work.summary(), work.notes(), work.endNotes()));
    chapters.forEach(c -> html.addAll(List.of(c.summary(), c.notes(), c.body(), c.endNotes())));
    for (String fragment : html) {
      if (fragment.contains("<img")) {
        for (Element img : org.jsoup.Jsoup.parseBodyFragment(fragment).select("img[src]")) {
          urls.add(img.attr("src"));
        }
      }
    }
    return urls;
  }

  /**
   * Appends sanitized HTML into {@code container}, made valid for EPUB's XHTML. Ids (from footnote
   * anchors) get {@code prefix} so that they are unique in the book.
   */
  static void userstuff(
      Element container,
      String html,
      String prefix,
      Book book,
      Function<String, @Nullable String> images) {
    Element body = Parser.parseBodyFragment(html, "").body();
    for (Element e : body.select("center")) {
      e.tagName("div").addClass("center");
    }
    for (Element e : body.select("big")) {
      e.tagName("span").addClass("big");
    }
    for (Element e : body.select("strike")) {
      e.tagName("s");
    }
    for (Element e : body.select("acronym")) {
      e.tagName("abbr");
    }
    for (Element e : body.select("tt")) {
      e.tagName("span").addClass("tt");
    }
    // A book cannot play a podfic or a vid, nor load a player: each becomes a link to it.
    for (Element e : body.select("audio, video, iframe")) {
      media(e);
    }
    body.select("rb").unwrap();
    Set<String> ids = new HashSet<>();
    for (Element e : body.getAllElements()) {
      fixAttributes(e);
      if (e.normalName().equals("a") && e.hasAttr("name")) {
        String id = prefix + SAFE_ID.matcher(e.attr("name")).replaceAll("_");
        e.removeAttr("name");
        if (ids.add(id)) {
          e.attr("id", id);
        }
      }
    }
    for (Element a : body.select("a[href]")) {
      String href = a.attr("href").strip();
      if (href.startsWith("#")) {
        String id = prefix + SAFE_ID.matcher(href.substring(1)).replaceAll("_");
        if (ids.contains(id)) {
          a.attr("href", "#" + id);
        } else {
          a.removeAttr("href");
        }
      } else {
        String absolute = absolute(book.workUrl(), href);
        if (absolute == null) {
          a.removeAttr("href");
        } else {
          a.attr("href", absolute);
        }
      }
    }
    for (Element img : body.select("img")) {
      String src = img.attr("src");
      String local = images.apply(src);
      if (local != null) {
        img.attr("src", local);
        img.attr("alt", img.attr("alt"));
      } else {
        String alt = img.attr("alt").isBlank() ? "Image" : "Image: " + img.attr("alt");
        Element link =
            new Element("a").attr("href", src).addClass("image-link").text("[" + alt + "]");
        img.replaceWith(link);
      }
    }
    // rel belongs to links only: an anchor that lost (or never had) its href drops it.
    for (Element a : body.select("a:not([href])")) {
      a.removeAttr("rel");
    }
    container.appendChildren(new ArrayList<>(body.childNodes()));
  }

  /** A player as a link to what it plays (its first source), or nothing when it has none. */
  private static void media(Element e) {
    String src = e.attr("src");
    if (src.isBlank()) {
      Element source = e.selectFirst("source[src]");
      src = source == null ? "" : source.attr("src");
    }
    if (src.isBlank()) {
      e.remove();
      return;
    }
    String kind =
        switch (e.normalName()) {
          case "audio" -> "Audio";
          case "video" -> "Video";
          default -> "Embedded media";
        };
    String title = e.attr("title").strip();
    Element link =
        new Element("a")
            .attr("href", src)
            .addClass("media-link")
            .text("[" + kind + (title.isEmpty() ? "" : ": " + title) + "]");
    e.replaceWith(link);
  }

  private static void fixAttributes(Element e) {
    String align = e.attr("align").strip().toLowerCase(Locale.ROOT);
    if (e.hasAttr("align")) {
      e.removeAttr("align");
      if (ALIGNMENTS.contains(align)) {
        e.addClass("align-" + align);
      }
    }
    if (e.hasAttr("dir") && !Set.of("ltr", "rtl", "auto").contains(e.attr("dir"))) {
      e.removeAttr("dir");
    }
    if (e.hasAttr("lang")) {
      if (LANGUAGE.matcher(e.attr("lang")).matches()) {
        e.attr("xml:lang", e.attr("lang"));
      } else {
        e.removeAttr("lang");
      }
    }
    e.removeAttr("cite");
    if (!e.nameIs("img")) {
      // EPUB's HTML has no width or height on tables, cells, columns or rules: a style says it.
      sizeAsStyle(e);
    }
    onlyIf(e, "width", DIGITS);
    onlyIf(e, "height", DIGITS);
    String border = e.attr("border").strip();
    e.removeAttr("border");
    if (e.nameIs("table") && DIGITS.matcher(border).matches() && Integer.parseInt(border) > 0) {
      e.attr("border", "1");
    }
    onlyIf(e, "colspan", DIGITS);
    onlyIf(e, "rowspan", DIGITS);
    onlyIf(e, "span", DIGITS);
    onlyIf(e, "start", INTEGER);
    if (e.hasAttr("type") && !Set.of("1", "a", "A", "i", "I").contains(e.attr("type"))) {
      e.removeAttr("type");
    }
    if (e.hasAttr("scope")
        && (!e.normalName().equals("th")
            || !Set.of("row", "col", "rowgroup", "colgroup").contains(e.attr("scope")))) {
      e.removeAttr("scope");
    }
  }

  private static void sizeAsStyle(Element e) {
    StringBuilder style = new StringBuilder();
    for (String side : List.of("width", "height")) {
      String value = e.attr(side).strip();
      e.removeAttr(side);
      if (LENGTH.matcher(value).matches()) {
        style.append(side).append(": ").append(value).append(value.endsWith("%") ? "" : "px");
        style.append("; ");
      }
    }
    if (!style.isEmpty()) {
      e.attr("style", style.toString().strip());
    }
  }

  private static void onlyIf(Element e, String attribute, Pattern valid) {
    if (e.hasAttr(attribute) && !valid.matcher(e.attr(attribute).strip()).matches()) {
      e.removeAttr(attribute);
    }
  }

  /** A link made absolute against the work's address; null unless http(s) or mailto. */
  private static @Nullable String absolute(String base, String href) {
    try {
      URI resolved = URI.create(base + "/").resolve(href.replace(" ", "%20"));
      String scheme = resolved.getScheme() == null ? "" : resolved.getScheme();
      return Set.of("http", "https", "mailto").contains(scheme.toLowerCase(Locale.ROOT))
          ? resolved.toString()
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String tagUrl(Book book, String tag) {
    return book.archiveUrl()
        + "/tags/"
        + UriUtils.encodePathSegment(tag, StandardCharsets.UTF_8)
        + "/works";
  }
}
