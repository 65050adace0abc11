package org.quire.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files to import: the stored fixtures, and EPUBs built here in the shapes readers have. */
final class Fixtures {
  private Fixtures() {}

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/imports/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  /** A zip of these entries in order; {@code mimetype} is stored, the rest deflated. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (e.getKey().equals("mimetype")) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static final String CONTAINER =
      """
      <?xml version="1.0"?>
      <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
      </container>
      """;

  /**
   * An EPUB shaped like AO3's downloads (made by Calibre from the HTML download): EPUB 2, the
   * preface, each chapter and the afterword in files of their own, tags as subjects.
   */
  static byte[] ao3Epub() {
    String html = text("ao3-download.html");
    String preface = between(html, "<div id=\"preface\">", "<div id=\"chapters\"");
    String chapters =
        between(html, "<div id=\"chapters\" class=\"userstuff\">", "<div id=\"afterword\">");
    int second = chapters.indexOf("<div class=\"meta group\">", 20);
    String afterword = between(html, "<div id=\"afterword\">", "</body>");
    Map<String, byte[]> entries =
        epub(
            """
            <?xml version='1.0' encoding='utf-8'?>
            <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uuid_id">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf" xmlns:calibre="http://calibre.kovidgoyal.net/2009/metadata">
                <dc:title>The Cartographer's Daughter</dc:title>
                <dc:creator opf:role="aut" opf:file-as="inkwell_fox">inkwell_fox</dc:creator>
                <dc:description>&lt;p&gt;Ilse inherits her father's unfinished charts.&lt;/p&gt;</dc:description>
                <dc:publisher>Archive of Our Own</dc:publisher>
                <dc:identifier id="uuid_id" opf:scheme="uuid">7d1c7d6c-1111-4a8e-9c1e-3f6c2a0b5e11</dc:identifier>
                <dc:language>en</dc:language>
                <dc:subject>Teen And Up Audiences</dc:subject>
                <dc:subject>Original Work</dc:subject>
                <dc:subject>Maps</dc:subject>
                <meta name="calibre:series" content="Charts and Currents"/>
                <meta name="calibre:series_index" content="2"/>
              </metadata>
              <manifest>
                <item href="The_Cartographers_Daug_split_000.xhtml" id="id1" media-type="application/xhtml+xml"/>
                <item href="The_Cartographers_Daug_split_001.xhtml" id="id2" media-type="application/xhtml+xml"/>
                <item href="The_Cartographers_Daug_split_002.xhtml" id="id3" media-type="application/xhtml+xml"/>
                <item href="The_Cartographers_Daug_split_003.xhtml" id="id4" media-type="application/xhtml+xml"/>
                <item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/>
              </manifest>
              <spine toc="ncx">
                <itemref idref="id1"/><itemref idref="id2"/><itemref idref="id3"/><itemref idref="id4"/>
              </spine>
            </package>
            """);
    entries.put("OEBPS/toc.ncx", utf8("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\"/>"));
    entries.put(
        "OEBPS/The_Cartographers_Daug_split_000.xhtml",
        utf8(page("<div id=\"preface\">" + preface)));
    entries.put(
        "OEBPS/The_Cartographers_Daug_split_001.xhtml",
        utf8(
            page(
                "<div id=\"chapters\" class=\"userstuff\">"
                    + chapters.substring(0, second)
                    + "</div>")));
    entries.put(
        "OEBPS/The_Cartographers_Daug_split_002.xhtml",
        utf8(page("<div class=\"userstuff\">" + chapters.substring(second))));
    entries.put(
        "OEBPS/The_Cartographers_Daug_split_003.xhtml",
        utf8(page("<div id=\"afterword\">" + afterword)));
    return zip(entries);
  }

  /** A plain EPUB 3: a nav document, a cover page and three chapter files. */
  static byte[] genericEpub() {
    Map<String, byte[]> entries =
        epub(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="id">urn:uuid:3b0f7f0e-2222-4c1d-8d1a-6b7e4f9a0c22</dc:identifier>
                <dc:title>Winter Orchard</dc:title>
                <dc:language>fr</dc:language>
                <dc:subject>Orchards</dc:subject>
                <dc:subject>Quiet</dc:subject>
                <dc:description>Les pommes, l'hiver.</dc:description>
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
                <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
                <item id="c2" href="text/two%20b.xhtml" media-type="application/xhtml+xml"/>
                <item id="c3" href="text/three.xhtml" media-type="application/xhtml+xml"/>
              </manifest>
              <spine><itemref idref="cover"/><itemref idref="c1"/><itemref idref="c2"/><itemref idref="c3"/></spine>
            </package>
            """);
    entries.put("OEBPS/nav.xhtml", utf8(page("<nav><ol><li>One</li></ol></nav>")));
    entries.put(
        "OEBPS/text/cover.xhtml", utf8(page("<div><img src=\"cover.jpg\" alt=\"\"/></div>")));
    entries.put(
        "OEBPS/text/one.xhtml",
        utf8(page("<h1>Chapitre un</h1><p>Le verger dormait sous la neige épaisse.</p>")));
    entries.put(
        "OEBPS/text/two b.xhtml",
        utf8(page("<h2>Chapter 2: Le gel</h2><p>Les branches craquaient la nuit.</p>")));
    entries.put(
        "OEBPS/text/three.xhtml",
        utf8(page("<p>Au printemps, tout recommença, sans titre ni tambour.</p>")));
    return zip(entries);
  }

  /** The first entries of every EPUB: mimetype, container.xml and this package document. */
  static Map<String, byte[]> epub(String opf) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", utf8("application/epub+zip"));
    entries.put("META-INF/container.xml", utf8(CONTAINER));
    entries.put("OEBPS/content.opf", utf8(opf));
    return entries;
  }

  static String page(String body) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
        + body
        + "</body></html>";
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
