package org.quire.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.sample;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The OPDS catalog, read as an e-reader app reads it: Atom XML, following links. */
class OpdsTest extends IntegrationTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";

  private BinaryClient client;

  private Document feed(String url, String kind) throws Exception {
    HttpResponse<byte[]> response = client.get(path(url));
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml")
        .contains("profile=opds-catalog", "kind=" + kind);
    return parse(response.body());
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private String path(String url) {
    return url.startsWith("http") ? URI.create(url).getRawPath() + query(url) : url;
  }

  private static String query(String url) {
    String q = URI.create(url).getRawQuery();
    return q == null ? "" : "?" + q;
  }

  /** The href of the first link with this rel among the element's own links. */
  static String link(Element parent, String rel) {
    for (Element link : children(parent, "link")) {
      if (link.getAttribute("rel").equals(rel)) {
        return link.getAttribute("href");
      }
    }
    throw new AssertionError("no link rel=" + rel);
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  static Element entry(Document feed, String title) {
    for (Element entry : children(feed.getDocumentElement(), "entry")) {
      if (children(entry, "title").get(0).getTextContent().equals(title)) {
        return entry;
      }
    }
    throw new AssertionError("no entry " + title);
  }

  static List<String> titles(Document feed) {
    List<String> titles = new ArrayList<>();
    for (Element entry : children(feed.getDocumentElement(), "entry")) {
      titles.add(children(entry, "title").get(0).getTextContent());
    }
    return titles;
  }

  @Test
  void anEreaderBrowsesToAWorkAndDownloadsItsEpub() throws Exception {
    client = new BinaryClient(baseUrl());
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    String fandom = Api.unique("Lighthouse Keepers ");
    long id = sample("Lamp Oil").fandom(fandom).post(writer);
    sample("Lamp Oil Members Only").fandom(fandom).restricted().post(writer);
    sample("Lamp Oil Draft").fandom(fandom).draft().post(writer);

    Document root = feed("/opds", "navigation");
    Element rootFeed = root.getDocumentElement();
    assertThat(rootFeed.getLocalName()).isEqualTo("feed");
    assertThat(link(rootFeed, "start")).isEqualTo(baseUrl() + "/opds");
    assertThat(titles(root)).containsExactly("Newest works", "By fandom");

    Document newest =
        feed(link(entry(root, "Newest works"), "http://opds-spec.org/sort/new"), "acquisition");
    assertThat(titles(newest))
        .contains("Lamp Oil")
        .doesNotContain("Lamp Oil Members Only", "Lamp Oil Draft");
    Element work = entry(newest, "Lamp Oil");
    assertThat(children(work, "summary").get(0).getTextContent())
        .contains("Two keepers of a lighthouse");
    List<String> terms = new ArrayList<>();
    children(work, "category").forEach(c -> terms.add(c.getAttribute("term")));
    assertThat(terms).contains("Teen And Up Audiences", fandom, "Mira/Tove");
    String epub = link(work, "http://opds-spec.org/acquisition");
    assertThat(epub).isEqualTo(baseUrl() + "/works/" + id + "/download.epub");
    HttpResponse<byte[]> book = client.get(path(epub));
    assertThat(book.statusCode()).isEqualTo(200);
    assertThat(book.headers().firstValue("Content-Type")).hasValue("application/epub+zip");
    Epubs.assertValid(book.body());

    Document fandoms = feed(link(entry(root, "By fandom"), "subsection"), "navigation");
    Element ours = entry(fandoms, fandom);
    assertThat(children(ours, "content").get(0).getTextContent()).isEqualTo("1 work");
    Document fandomWorks = feed(link(ours, "subsection"), "acquisition");
    assertThat(titles(fandomWorks)).containsExactly("Lamp Oil");

    HttpResponse<byte[]> description = client.get(path(link(rootFeed, "search")));
    assertThat(description.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/opensearchdescription+xml");
    Element url =
        (Element)
            parse(description.body())
                .getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url")
                .item(0);
    String template = url.getAttribute("template");
    assertThat(template).contains("{searchTerms}");
    Document results = feed(template.replace("{searchTerms}", "%22Lamp+Oil%22"), "acquisition");
    assertThat(titles(results)).containsExactly("Lamp Oil");
    String total =
        results
            .getDocumentElement()
            .getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "totalResults")
            .item(0)
            .getTextContent();
    assertThat(total).isEqualTo("1");
  }

  @Test
  void adultWorksAreListedWithTheirWarningAndDownloadDirectly() throws Exception {
    client = new BinaryClient(baseUrl());
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    String fandom = Api.unique("Night Tides ");
    long id =
        sample("Undertow")
            .fandom(fandom)
            .rating("Explicit")
            .warnings("Graphic Depictions Of Violence")
            .post(writer);
    Document feed = feed("/opds/works?tag=" + fandom.replace(" ", "%20"), "acquisition");
    Element work = entry(feed, "Undertow");
    assertThat(children(work, "summary").get(0).getTextContent())
        .startsWith(
            "Adult Content Warning: rated Explicit; Archive Warnings: Graphic Depictions Of Violence.");
    String epub = link(work, "http://opds-spec.org/acquisition");
    assertThat(epub).isEqualTo(baseUrl() + "/works/" + id + "/download.epub");
    assertThat(client.get(path(epub)).headers().firstValue("Content-Type"))
        .hasValue("application/epub+zip");
  }
}
