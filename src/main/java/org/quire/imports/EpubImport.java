package org.quire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.quire.platform.QuireProperties;

/**
 * Reads a work out of an EPUB (2 or 3). The spine gives the chapters in order; the OPF metadata the
 * title, language, summary and, as additional tags, its subjects. An archive download (AO3's, or
 * Quire's own) is recognised by its title page's tag list and read field by field like the HTML
 * download. Guarded against zip bombs: at most so many entries, so many bytes once inflated in all,
 * and no entry inflating beyond a ratio of its compressed size. XML is parsed by jsoup's XML
 * parser, which never resolves external entities or fetches anything.
 */
final class EpubImport {
  private final QuireProperties.Limits limits;
  private long inflated;

  private EpubImport(QuireProperties.Limits limits) {
    this.limits = limits;
  }

  static ParsedWork parse(byte[] bytes, QuireProperties.Limits limits) {
    Path temp = null;
    try {
      temp = Files.createTempFile("quire-import", ".epub");
      Files.write(temp, bytes);
      try (ZipFile zip = new ZipFile(temp.toFile(), StandardCharsets.UTF_8)) {
        return new EpubImport(limits).read(zip);
      }
    } catch (ZipException e) {
      throw ImportException.broken("this EPUB is damaged: it cannot be read as a ZIP archive");
    } catch (IOException e) {
      throw ImportException.broken("this EPUB could not be read: " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // A temporary file left behind is removed with the temp folder.
        }
      }
    }
  }

  private ParsedWork read(ZipFile zip) throws IOException {
    if (zip.size() > limits.epubEntries()) {
      throw ImportException.tooLarge(
          "this EPUB holds "
              + zip.size()
              + " files; at most "
              + limits.epubEntries()
              + " are accepted");
    }
    ZipEntry mimetype = zip.getEntry("mimetype");
    if (mimetype != null && !text(zip, mimetype).strip().equals("application/epub+zip")) {
      throw ImportException.unsupported("this ZIP archive is not an EPUB");
    }
    ZipEntry container = zip.getEntry("META-INF/container.xml");
    if (container == null) {
      throw ImportException.unsupported(
          "this ZIP archive is not an EPUB (a Word document? Save it as HTML or text first)");
    }
    Element rootfile = xml(text(zip, container)).selectFirst("rootfile[full-path]");
    if (rootfile == null) {
      throw ImportException.broken("this EPUB's container.xml names no package file");
    }
    String opfPath = rootfile.attr("full-path");
    ZipEntry opfEntry = zip.getEntry(opfPath);
    if (opfEntry == null) {
      throw ImportException.broken("this EPUB's package file " + opfPath + " is missing");
    }
    Document opf = xml(text(zip, opfEntry));
    String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
    Map<String, Element> manifest = new HashMap<>();
    for (Element item : opf.select("manifest > item[id]")) {
      manifest.put(item.attr("id"), item);
    }
    List<Document> pages = new ArrayList<>();
    for (Element ref : opf.select("spine > itemref[idref]")) {
      Element item = manifest.get(ref.attr("idref"));
      if (item == null
          || ref.attr("linear").equals("no")
          || item.attr("properties").contains("nav")
          || !item.attr("media-type").contains("html")) {
        continue;
      }
      ZipEntry entry = zip.getEntry(resolve(base, item.attr("href")));
      if (entry == null) {
        throw ImportException.broken(
            "this EPUB's spine names " + item.attr("href") + ", which is missing");
      }
      pages.add(Jsoup.parse(TextDecoding.decode(bytes(zip, entry)).text()));
    }
    if (pages.isEmpty()) {
      throw ImportException.broken("this EPUB has no chapters in its spine");
    }
    ParsedWork work =
        pages.stream().anyMatch(HtmlImport::hasTagList) ? archive(pages) : chapters(pages);
    metadata(opf, work);
    return work;
  }

  /** An archive's download, split into files: read as one HTML document. */
  private static ParsedWork archive(List<Document> pages) {
    Document whole = Document.createShell("");
    for (Document page : pages) {
      whole.body().appendChildren(new ArrayList<>(page.body().childNodes()));
    }
    ParsedWork work = HtmlImport.parse(whole);
    work.source = "archive download (EPUB with a tag list)";
    return work;
  }

  /** Any other EPUB: each spine document with text is a chapter, titled by its first heading. */
  private static ParsedWork chapters(List<Document> pages) {
    ParsedWork work = new ParsedWork();
    work.source = "EPUB";
    for (Document page : pages) {
      Element body = page.body();
      if (body.selectFirst("[epub:type~=(cover|toc|titlepage)]") != null) {
        continue;
      }
      Element heading = body.selectFirst("h1, h2, h3");
      String title = "";
      if (heading != null) {
        title = heading.text().strip();
        java.util.regex.Matcher m = HtmlImport.CHAPTER.matcher(title);
        if (m.matches()) {
          title = m.group(2) == null ? "" : m.group(2).strip();
        }
        heading.remove();
      }
      if (body.text().strip().length() >= 10) {
        work.addChapter(title, "html").body = body.html().strip();
      }
    }
    return work;
  }

  private static void metadata(Document opf, ParsedWork work) {
    String title = first(opf, "metadata > dc|title");
    if (work.title.isBlank() && title != null) {
      work.title = title;
    }
    String language = first(opf, "metadata > dc|language");
    if (work.language == null && language != null) {
      work.language = language;
    }
    String description = first(opf, "metadata > dc|description");
    if (work.summary.isBlank() && description != null) {
      // Calibre writes the description as escaped HTML.
      work.summary = Jsoup.parseBodyFragment(description).body().html().strip();
    }
    if (work.source.equals("EPUB")) {
      for (Element subject : opf.select("metadata > dc|subject")) {
        if (!subject.text().isBlank()) {
          work.freeforms.add(subject.text().strip());
        }
      }
    }
  }

  private static @Nullable String first(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null || e.text().isBlank() ? null : e.text().strip();
  }

  private static Document xml(String text) {
    return Jsoup.parse(text, "", Parser.xmlParser());
  }

  private static String resolve(String base, String href) {
    String path = URLDecoder.decode(href.split("#", 2)[0], StandardCharsets.UTF_8);
    List<String> parts = new ArrayList<>(List.of((base + path).split("/")));
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      if (part.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        out.add(part);
      }
    }
    return String.join("/", out);
  }

  private String text(ZipFile zip, ZipEntry entry) throws IOException {
    return TextDecoding.decode(bytes(zip, entry)).text();
  }

  /** An entry's bytes, counted against the inflated-size and compression-ratio limits. */
  private byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
    long compressed = Math.max(entry.getCompressedSize(), 1);
    try (InputStream in = zip.getInputStream(entry)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long read = 0;
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        read += n;
        inflated += n;
        if (inflated > limits.epubUncompressedBytes()) {
          throw ImportException.tooLarge(
              "this EPUB expands to more than " + limits.epubUncompressedBytes() + " bytes");
        }
        if (read > 1024 * 1024 && read / compressed > limits.epubCompressionRatio()) {
          throw ImportException.broken(
              entry.getName()
                  + " in this EPUB is compressed more than "
                  + limits.epubCompressionRatio()
                  + " to 1, as zip bombs are; it was refused");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
