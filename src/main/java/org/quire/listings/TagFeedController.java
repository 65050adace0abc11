package org.quire.listings;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.quire.platform.ApiException;
import org.quire.platform.FeedStylesheet;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.quire.works.Audience;
import org.quire.works.Pages;
import org.quire.works.WorkCard;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /tags/{name}/feed.atom}: a tag's 20 newest works as an Atom feed, as a guest sees them
 * (feed readers never sign in), so restricted works and drafts never appear.
 */
@RestController
class TagFeedController {
  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  private final TagDirectory tags;
  private final WorkFinder listing;

  TagFeedController(TagDirectory tags, WorkFinder listing) {
    this.tags = tags;
    this.listing = listing;
  }

  @GetMapping("/tags/{name}/feed.atom")
  ResponseEntity<String> feed(@PathVariable String name, HttpServletRequest request)
      throws XMLStreamException {
    TagRef tag = tags.filterTagOf(name).orElseThrow(() -> ApiException.notFound("Tag"));
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.set("tag", tag.name());
    List<WorkCard> works =
        listing.find(Audience.everyone(), ListingQuery.parse(params, Instant.now())).works();
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    // A browser opening the feed shows it as a page; feed readers ignore this.
    xml.writeProcessingInstruction("xml-stylesheet", FeedStylesheet.INSTRUCTION);
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
    element(xml, "id", "tag:quire," + tag.id() + ":/tags/" + tag.id());
    element(xml, "title", tag.name() + " works");
    element(
        xml, "updated", (works.isEmpty() ? Instant.EPOCH : works.get(0).updatedAt()).toString());
    String listing = Pages.tagWorks(tag.name());
    link(
        xml,
        "self",
        base + listing.substring(0, listing.length() - "/works".length()) + "/feed.atom");
    link(xml, "alternate", base + Pages.tagWorks(tag.name()));
    for (WorkCard work : works) {
      xml.writeStartElement("entry");
      element(xml, "id", "tag:quire," + work.id() + ":/works/" + work.id());
      element(xml, "title", work.title());
      element(
          xml,
          "published",
          String.valueOf(work.publishedAt() == null ? work.updatedAt() : work.publishedAt()));
      element(xml, "updated", work.updatedAt().toString());
      for (String creator : work.creatorNames()) {
        xml.writeStartElement("author");
        element(xml, "name", creator);
        xml.writeEndElement();
      }
      link(xml, "alternate", base + "/works/" + work.id());
      xml.writeStartElement("summary");
      xml.writeAttribute("type", "html");
      xml.writeCharacters(
          "<p>Rating: "
              + work.rating()
              + " | Warnings: "
              + String.join(", ", work.tagNames(TagType.ArchiveWarning))
              + " | Words: "
              + work.wordCount()
              + " | Chapters: "
              + work.chapterProgress()
              + "</p>"
              + work.summary());
      xml.writeEndElement();
      for (TagRef t : work.tags()) {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", t.name());
        xml.writeAttribute("label", t.type().label() + ": " + t.name());
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return ResponseEntity.ok()
        .contentType(FeedStylesheet.contentType(ATOM))
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .body(out.toString());
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }
}
