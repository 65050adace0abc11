package org.quire.downloads;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quire.tags.TagType;
import org.quire.works.ChapterView;
import org.quire.works.WorkView;

/**
 * Writes an EPUB 3 directly: the {@code mimetype} entry stored first, {@code container.xml}, an OPF
 * 3 package (Dublin Core title, creators, language, a {@code dc:subject} per tag, the summary, a
 * stable identifier derived from the work's address, {@code dcterms:modified}), {@code nav.xhtml},
 * a title page, one XHTML file per chapter, the afterword, a stylesheet and the fetched images. The
 * same work version always gives the same bytes.
 */
final class EpubWriter {
  /** Entries are dated in the DOS range so that no extra timestamp fields are written. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private EpubWriter() {}

  static void write(Book book, String css, OutputStream out) throws IOException {
    WorkView w = book.work();
    Map<String, String> imageFiles = new HashMap<>();
    int n = 0;
    for (Map.Entry<String, ImageFetcher.Image> image : book.images().entrySet()) {
      imageFiles.put(
          image.getKey(),
          "images/image-" + String.format("%03d", ++n) + "." + image.getValue().extension());
    }
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
      deflated(
          zip,
          "META-INF/container.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
              + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\""
              + " media-type=\"application/oebps-package+xml\"/></rootfiles></container>\n");
      deflated(zip, "OEBPS/content.opf", opf(book, imageFiles));
      deflated(zip, "OEBPS/nav.xhtml", nav(book));
      deflated(zip, "OEBPS/style.css", css);
      Document title = page(w.title(), w.language());
      BookHtml.preface(title.body(), book, imageFiles::get);
      deflated(zip, "OEBPS/title.xhtml", BookHtml.xhtml(title));
      for (ChapterView chapter : book.chapters()) {
        Document page = page(book.heading(chapter), w.language());
        BookHtml.chapter(page.body(), book, chapter, imageFiles::get);
        deflated(zip, "OEBPS/" + chapterFile(chapter), BookHtml.xhtml(page));
      }
      Document after = page("Afterword", w.language());
      BookHtml.afterword(after.body(), book);
      deflated(zip, "OEBPS/afterword.xhtml", BookHtml.xhtml(after));
      for (Map.Entry<String, ImageFetcher.Image> image : book.images().entrySet()) {
        deflated(zip, "OEBPS/" + imageFiles.get(image.getKey()), image.getValue().bytes());
      }
    }
  }

  static String chapterFile(ChapterView chapter) {
    return "chapter-" + String.format("%03d", chapter.position()) + ".xhtml";
  }

  /** A stable identifier: the same for every version of a work at one address. */
  static String identifier(Book book) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(book.workUrl().getBytes(StandardCharsets.UTF_8));
  }

  private static Document page(String title, String language) {
    Document doc = BookHtml.document(title, language);
    doc.head()
        .appendElement("link")
        .attr("rel", "stylesheet")
        .attr("type", "text/css")
        .attr("href", "style.css");
    return doc;
  }

  private static String opf(Book book, Map<String, String> imageFiles) {
    WorkView w = book.work();
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"")
        .append(" unique-identifier=\"work-id\" xml:lang=\"")
        .append(esc(w.language()))
        .append("\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    x.append("<dc:identifier id=\"work-id\">")
        .append(identifier(book))
        .append("</dc:identifier>\n");
    element(x, "dc:title", w.title());
    for (int i = 0; i < w.creators().size(); i++) {
      x.append("<dc:creator id=\"creator-").append(i + 1).append("\">");
      x.append(esc(w.creators().get(i))).append("</dc:creator>\n");
    }
    element(x, "dc:language", w.language());
    element(x, "dc:publisher", "Quire");
    element(x, "dc:source", book.workUrl());
    if (w.publishedAt() != null) {
      element(x, "dc:date", Texts.date(w.publishedAt()));
    }
    String summary = org.jsoup.Jsoup.parseBodyFragment(w.summary()).text();
    if (!summary.isBlank()) {
      element(x, "dc:description", summary);
    }
    for (TagType type : TagType.values()) {
      for (String tag : w.tags(type)) {
        element(x, "dc:subject", tag);
      }
    }
    Instant modified = w.updatedAt().truncatedTo(ChronoUnit.SECONDS);
    x.append("<meta property=\"dcterms:modified\">").append(modified).append("</meta>\n");
    x.append("</metadata>\n<manifest>\n");
    item(x, "nav", "nav.xhtml", "application/xhtml+xml", "nav");
    item(x, "style", "style.css", "text/css", null);
    item(x, "title", "title.xhtml", "application/xhtml+xml", null);
    for (ChapterView chapter : book.chapters()) {
      item(x, "chapter-" + chapter.position(), chapterFile(chapter), "application/xhtml+xml", null);
    }
    item(x, "afterword", "afterword.xhtml", "application/xhtml+xml", null);
    int n = 0;
    for (Map.Entry<String, ImageFetcher.Image> image : book.images().entrySet()) {
      item(x, "image-" + ++n, imageFiles.get(image.getKey()), image.getValue().mediaType(), null);
    }
    x.append("</manifest>\n<spine>\n<itemref idref=\"title\"/>\n");
    for (ChapterView chapter : book.chapters()) {
      x.append("<itemref idref=\"chapter-").append(chapter.position()).append("\"/>\n");
    }
    x.append("<itemref idref=\"afterword\"/>\n</spine>\n</package>\n");
    return x.toString();
  }

  private static String nav(Book book) {
    WorkView w = book.work();
    Document doc = BookHtml.document(w.title() + ": Contents", w.language());
    Element nav = doc.body().appendElement("nav").attr("epub:type", "toc").attr("id", "toc");
    nav.appendElement("h1").text("Contents");
    Element list = nav.appendElement("ol");
    list.appendElement("li").appendElement("a").attr("href", "title.xhtml").text(w.title());
    List<ChapterView> chapters = book.chapters();
    for (ChapterView chapter : chapters) {
      list.appendElement("li")
          .appendElement("a")
          .attr("href", chapterFile(chapter))
          .text(book.heading(chapter));
    }
    list.appendElement("li").appendElement("a").attr("href", "afterword.xhtml").text("Afterword");
    Element landmarks =
        doc.body().appendElement("nav").attr("epub:type", "landmarks").attr("hidden", "hidden");
    landmarks.appendElement("h2").text("Landmarks");
    Element marks = landmarks.appendElement("ol");
    marks
        .appendElement("li")
        .appendElement("a")
        .attr("epub:type", "titlepage")
        .attr("href", "title.xhtml")
        .text("Title Page");
    marks
        .appendElement("li")
        .appendElement("a")
        .attr("epub:type", "bodymatter")
        .attr("href", chapterFile(chapters.get(0)))
        .text("Start of Content");
    return BookHtml.xhtml(doc);
  }

  private static void item(
      StringBuilder x, String id, String href, String mediaType, String properties) {
    x.append("<item id=\"")
        .append(id)
        .append("\" href=\"")
        .append(esc(href))
        .append("\" media-type=\"")
        .append(mediaType)
        .append('"');
    if (properties != null) {
      x.append(" properties=\"").append(properties).append('"');
    }
    x.append("/>\n");
  }

  private static void element(StringBuilder x, String name, String text) {
    x.append('<')
        .append(name)
        .append('>')
        .append(esc(text))
        .append("</")
        .append(name)
        .append(">\n");
  }

  /** Text for XML: the five markup characters escaped, control characters dropped. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void deflated(ZipOutputStream zip, String name, String text) throws IOException {
    deflated(zip, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
