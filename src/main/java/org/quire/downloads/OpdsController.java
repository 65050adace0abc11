package org.quire.downloads;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.quire.listings.PublicListings;
import org.quire.platform.ApiException;
import org.quire.platform.FeedStylesheet;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.quire.works.WorkView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The OPDS 1.2 catalog that e-reader apps (KOReader, Moon+ Reader, Calibre…) browse: {@code /opds}
 * is a navigation feed to the newest works, the fandoms and a search (through an OpenSearch
 * description); {@code /opds/works} is an acquisition feed of works with their EPUB and PDF
 * download links. Only what a guest sees is listed: posted, public works. A Mature, Explicit or Not
 * Rated work is listed with its rating and warnings at the start of its summary; its download links
 * are not gated (as on AO3, the gate guards the reading pages), so e-reader apps fetch it.
 */
@RestController
class OpdsController {
  static final MediaType NAVIGATION =
      MediaType.parseMediaType("application/atom+xml;profile=opds-catalog;kind=navigation");
  static final MediaType ACQUISITION =
      MediaType.parseMediaType("application/atom+xml;profile=opds-catalog;kind=acquisition");
  static final MediaType OPENSEARCH =
      MediaType.parseMediaType("application/opensearchdescription+xml");
  static final int PER_PAGE = 20;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ACQUIRE = "http://opds-spec.org/acquisition";

  private final PublicListings works;

  OpdsController(PublicListings works) {
    this.works = works;
  }

  @GetMapping("/opds")
  ResponseEntity<String> root(HttpServletRequest request) throws XMLStreamException {
    String base = base(request);
    Feed feed = new Feed(base, "urn:quire:opds:root", "Quire", Instant.now());
    feed.link("self", "/opds", NAVIGATION);
    feed.link("start", "/opds", NAVIGATION);
    feed.link("search", "/opds/search.xml", OPENSEARCH);
    feed.navigation(
        "urn:quire:opds:new",
        "Newest works",
        "Works as they are posted and updated, newest first.",
        "/opds/works",
        "http://opds-spec.org/sort/new");
    feed.navigation(
        "urn:quire:opds:fandoms",
        "By fandom",
        "Every fandom with public works, the most popular first.",
        "/opds/fandoms",
        "subsection");
    return feed.done(NAVIGATION);
  }

  @GetMapping("/opds/fandoms")
  ResponseEntity<String> fandoms(
      @RequestParam(defaultValue = "1") int page, HttpServletRequest request)
      throws XMLStreamException {
    if (page < 1) {
      throw ApiException.badRequest("'page' must be 1 or more.");
    }
    List<PublicListings.TagCount> all = works.publicFandoms();
    String base = base(request);
    Feed feed = new Feed(base, "urn:quire:opds:fandoms", "Fandoms", Instant.now());
    feed.link("self", "/opds/fandoms?page=" + page, NAVIGATION);
    feed.link("start", "/opds", NAVIGATION);
    feed.link("up", "/opds", NAVIGATION);
    int from = Math.min((page - 1) * 100, all.size());
    int to = Math.min(from + 100, all.size());
    if (to < all.size()) {
      feed.link("next", "/opds/fandoms?page=" + (page + 1), NAVIGATION);
    }
    for (PublicListings.TagCount fandom : all.subList(from, to)) {
      feed.navigation(
          "urn:quire:opds:fandom:" + encode(fandom.tag()),
          fandom.tag(),
          fandom.count() == 1 ? "1 work" : fandom.count() + " works",
          "/opds/works?tag=" + encode(fandom.tag()),
          "subsection");
    }
    return feed.done(NAVIGATION);
  }

  @GetMapping("/opds/works")
  ResponseEntity<String> works(
      @RequestParam(required = false) @Nullable String tag,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "1") int page,
      HttpServletRequest request)
      throws XMLStreamException {
    PublicListings.Page result = works.publicWorks(blank(tag), blank(q), page, PER_PAGE);
    String base = base(request);
    String query =
        (tag == null || tag.isBlank() ? "" : "tag=" + encode(tag) + "&")
            + (q == null || q.isBlank() ? "" : "q=" + encode(q) + "&");
    String title =
        q != null && !q.isBlank()
            ? "Search: " + q
            : tag != null && !tag.isBlank() ? tag : "Newest works";
    Instant updated = result.works().isEmpty() ? Instant.now() : result.works().get(0).updatedAt();
    Feed feed = new Feed(base, "urn:quire:opds:works:" + encode(query), title, updated);
    feed.link("self", "/opds/works?" + query + "page=" + page, ACQUISITION);
    feed.link("start", "/opds", NAVIGATION);
    feed.link("up", tag != null && !tag.isBlank() ? "/opds/fandoms" : "/opds", NAVIGATION);
    feed.link("search", "/opds/search.xml", OPENSEARCH);
    if (page > 1) {
      feed.link("previous", "/opds/works?" + query + "page=" + (page - 1), ACQUISITION);
    }
    if (result.hasNext()) {
      feed.link("next", "/opds/works?" + query + "page=" + (page + 1), ACQUISITION);
    }
    feed.text(
        "http://a9.com/-/spec/opensearch/1.1/", "totalResults", Long.toString(result.total()));
    feed.text("http://a9.com/-/spec/opensearch/1.1/", "itemsPerPage", Integer.toString(PER_PAGE));
    for (WorkView work : result.works()) {
      feed.work(work);
    }
    return feed.done(ACQUISITION);
  }

  @GetMapping("/opds/search.xml")
  ResponseEntity<String> openSearch(HttpServletRequest request) throws XMLStreamException {
    String base = base(request);
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("OpenSearchDescription");
    xml.writeDefaultNamespace("http://a9.com/-/spec/opensearch/1.1/");
    element(xml, "ShortName", "Quire");
    element(xml, "Description", "Search the works of this Quire archive");
    element(xml, "InputEncoding", "UTF-8");
    element(xml, "OutputEncoding", "UTF-8");
    xml.writeEmptyElement("Url");
    xml.writeAttribute("type", ACQUISITION.toString());
    xml.writeAttribute("template", base + "/opds/works?q={searchTerms}");
    xml.writeEndElement();
    xml.writeEndDocument();
    return ResponseEntity.ok().contentType(OPENSEARCH).body(out.toString());
  }

  static String base(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String encode(String value) {
    return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** One Atom feed being written (also for the private feeds). */
  static final class Feed {
    private final String base;
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    Feed(String base, String id, String title, Instant updated) throws XMLStreamException {
      this.base = base;
      xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      // A browser opening the feed shows it as a page; feed readers ignore this.
      xml.writeProcessingInstruction("xml-stylesheet", FeedStylesheet.INSTRUCTION);
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeNamespace("dc", "http://purl.org/dc/terms/");
      xml.writeNamespace("opds", "http://opds-spec.org/2010/catalog");
      xml.writeNamespace("opensearch", "http://a9.com/-/spec/opensearch/1.1/");
      element(xml, "id", id);
      element(xml, "title", title);
      element(xml, "updated", updated.toString());
      xml.writeStartElement("author");
      element(xml, "name", "Quire");
      element(xml, "uri", base + "/");
      xml.writeEndElement();
    }

    void link(String rel, String href, MediaType type) throws XMLStreamException {
      link(rel, href, type.toString(), null);
    }

    private void link(String rel, String href, String type, @Nullable String title)
        throws XMLStreamException {
      xml.writeEmptyElement("link");
      xml.writeAttribute("rel", rel);
      xml.writeAttribute("href", href.startsWith("http") ? href : base + href);
      xml.writeAttribute("type", type);
      if (title != null) {
        xml.writeAttribute("title", title);
      }
    }

    void text(String namespace, String name, String text) throws XMLStreamException {
      xml.writeStartElement(namespace, name);
      xml.writeCharacters(text);
      xml.writeEndElement();
    }

    void navigation(String id, String title, String content, String href, String rel)
        throws XMLStreamException {
      xml.writeStartElement("entry");
      element(xml, "id", id);
      element(xml, "title", title);
      element(xml, "updated", Instant.now().toString());
      xml.writeStartElement("content");
      xml.writeAttribute("type", "text");
      xml.writeCharacters(content);
      xml.writeEndElement();
      link(rel, href, href.startsWith("/opds/works") ? ACQUISITION : NAVIGATION);
      xml.writeEndElement();
    }

    void work(WorkView work) throws XMLStreamException {
      work(work, base + "/works/" + work.id());
    }

    /** An entry for a work whose files are fetched from {@code files} (+ "/download.epub"). */
    void work(WorkView work, String files) throws XMLStreamException {
      String page = base + "/works/" + work.id();
      xml.writeStartElement("entry");
      element(
          xml,
          "id",
          "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(page.getBytes(StandardCharsets.UTF_8)));
      element(xml, "title", work.title());
      for (String creator : work.creators()) {
        xml.writeStartElement("author");
        element(xml, "name", creator);
        xml.writeEndElement();
      }
      element(xml, "updated", work.updatedAt().toString());
      if (work.publishedAt() != null) {
        element(xml, "published", work.publishedAt().toString());
      }
      text("http://purl.org/dc/terms/", "language", work.language());
      for (TagRef tag : work.tags()) {
        xml.writeEmptyElement("category");
        xml.writeAttribute("scheme", base + "/tags/" + tag.type().name());
        xml.writeAttribute("term", tag.name());
        xml.writeAttribute("label", tag.type().label() + ": " + tag.name());
      }
      xml.writeStartElement("summary");
      xml.writeAttribute("type", "text");
      xml.writeCharacters(warning(work) + Jsoup.parseBodyFragment(work.summary()).text());
      xml.writeEndElement();
      xml.writeStartElement("content");
      xml.writeAttribute("type", "text");
      xml.writeCharacters(
          "Rating: "
              + work.rating()
              + ". Archive Warnings: "
              + String.join(", ", work.tags(TagType.ArchiveWarning))
              + ". Fandoms: "
              + String.join(", ", work.tags(TagType.Fandom))
              + ". Words: "
              + Texts.number(work.wordCount())
              + ". Chapters: "
              + work.chapterProgress()
              + ".");
      xml.writeEndElement();
      link(ACQUIRE, files + "/download.epub", "application/epub+zip", null);
      link(ACQUIRE, files + "/download.pdf", "application/pdf", null);
      link("alternate", page, "text/html", null);
      xml.writeEndElement();
    }

    private static String warning(WorkView work) {
      if (!work.adult()) {
        return "";
      }
      return "Adult Content Warning: rated "
          + work.rating()
          + "; Archive Warnings: "
          + String.join(", ", work.tags(TagType.ArchiveWarning))
          + ". Downloading means you are willing to see such content. ";
    }

    ResponseEntity<String> done(MediaType type) throws XMLStreamException {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return ResponseEntity.ok()
          .contentType(FeedStylesheet.contentType(type))
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
          .body(out.toString());
    }
  }
}
