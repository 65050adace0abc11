package org.quire.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quire.platform.DataDirectory;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;

class DownloadTest extends IntegrationTest {
  /** A 1×1 PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Autowired DataDirectory data;

  @Test
  void everyFormatCarriesTheTitlePageAndTheChapters() throws IOException {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id = WorkBuilder.sample("Lanterns in the Snow: A Winter's Tale, Part One").post(writer);
    BinaryClient guest = new BinaryClient(baseUrl());

    HttpResponse<byte[]> epub = guest.get("/works/" + id + "/download.epub");
    assertThat(epub.statusCode()).isEqualTo(200);
    assertThat(epub.headers().firstValue("Content-Type")).hasValue("application/epub+zip");
    assertThat(epub.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Lanterns_in_the_Snow_A.epub\"");
    Epubs.assertValid(epub.body());
    Map<String, String> entries = Epubs.entries(epub.body());
    assertThat(entries.keySet()).first().isEqualTo("mimetype");
    assertThat(entries.get("mimetype")).isEqualTo("application/epub+zip");
    assertThat(entries.get("OEBPS/content.opf"))
        .contains("<dc:title>Lanterns in the Snow: A Winter&apos;s Tale, Part One</dc:title>")
        .contains("<dc:subject>Mira/Tove</dc:subject>", "<dc:subject>Found Family</dc:subject>")
        .contains("<dc:language>en</dc:language>", "urn:uuid:", "dcterms:modified");
    assertThat(entries.get("OEBPS/title.xhtml"))
        .contains("Rating:", "Teen And Up Audiences", "Archive Warning:", "Category:", "F/F")
        .contains("Relationship:", "Characters:", "Additional Tags:", "Found Family")
        .contains("Language:", "English", "Words:", "Chapters: 2/2", "Two keepers of a lighthouse");
    assertThat(entries.get("OEBPS/chapter-001.xhtml"))
        .contains("Chapter 1: First Frost", "The lamp went out", "Chapter notes here.")
        .contains("See you next chapter.");
    assertThat(entries.get("OEBPS/chapter-002.xhtml"))
        .contains("Chapter 2", "id=\"c2-fn1\"", "href=\"#c2-fn1\"", "class=\"center\"")
        .contains("href=\"" + baseUrl() + "/tags/Snow/works\"")
        .doesNotContain("align=", "<center", "<strike", "<big", "#missing", "scope=");
    assertThat(entries.get("OEBPS/afterword.xhtml")).contains("Thank you for reading!");
    assertThat(entries.get("OEBPS/nav.xhtml")).contains("Chapter 1: First Frost", "Chapter 2");

    HttpResponse<byte[]> html = guest.get("/works/" + id + "/download.html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(BinaryClient.text(html))
        .contains("<style>", "Teen And Up Audiences", "Mira/Tove", "The lamp went out")
        .contains("Thank you for reading!", "href=\"#chapter-2\"")
        .doesNotContain("<link");

    HttpResponse<byte[]> txt = guest.get("/works/" + id + "/download.txt");
    assertThat(txt.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
    assertThat(BinaryClient.text(txt))
        .startsWith("Lanterns in the Snow: A Winter's Tale, Part One\nby ")
        .contains("Rating: Teen And Up Audiences\n", "Characters: Mira, Tove\n")
        .contains("Additional Tags: Found Family, Snow\n", "Language: English\n")
        .contains("Chapter 1: First Frost\n", "The lamp went out at midnight.")
        .contains("Chapter Notes:\n\nChapter notes here.", "End Notes:\n\nThank you for reading!")
        .doesNotContain("<p>", "&amp;");

    HttpResponse<byte[]> pdf = guest.get("/works/" + id + "/download.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Epubs.keep("work.pdf", pdf.body());
    Epubs.keep("work.html", html.body());
    assertThat(Epubs.pdfText(pdf.body()))
        .contains("Lanterns in the Snow", "Teen And Up Audiences", "The lamp went out at midnight.")
        .contains("Thank you for reading!");
  }

  @Test
  void cjkTextIsValidInTheEpubAndDrawnInThePdf() throws IOException {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id =
        WorkBuilder.sample("雪の灯台")
            .language("ja")
            .summary("灯台守の二人。Ελληνικά και русский.")
            .chapters(
                WorkBuilder.chapter(
                    "始まり", "<p>真夜中に灯りが消えた。彼女は蝋燭を持って階段を上った。</p><p>한국어 문장도 있습니다.</p>"),
                WorkBuilder.chapter("", "<p>二つ目の章。Греческий: αβγ.</p>"))
            .post(writer);
    BinaryClient guest = new BinaryClient(baseUrl());
    HttpResponse<byte[]> epub = guest.get("/works/" + id + "/download.epub");
    Epubs.assertValid(epub.body());
    assertThat(Epubs.entries(epub.body()).get("OEBPS/chapter-001.xhtml"))
        .contains("lang=\"ja\"", "真夜中に灯りが消えた");
    assertThat(epub.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Work_" + id + ".epub\"");
    byte[] pdfBytes = guest.get("/works/" + id + "/download.pdf").body();
    Epubs.keep("cjk.pdf", pdfBytes);
    Epubs.keep("cjk.epub", epub.body());
    String pdf = Epubs.pdfText(pdfBytes);
    assertThat(pdf).contains("真夜中に灯りが消えた", "한국어", "Ελληνικά", "русский", "αβγ");
  }

  /** Every element and attribute the sanitizer keeps in a chapter, as a writer would type them. */
  static final String EVERY_ELEMENT =
      """
      <div class="intro" align="center" title="t" dir="ltr" lang="en">Opening
      line

      <b>bold <i>and italic
      across</i> a break</b></div>
      <h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>
      <p align="justify">Marks: <strong>s</strong> <em>e</em> <u>u</u> <s>s</s> <strike>st</strike>
      <del>d</del> <ins>i</ins> <sub>2</sub> <sup>3</sup> <small>sm</small> <big>bg</big>
      <cite>c</cite> <q cite="https://example.org/q">q</q> <abbr title="a">ab</abbr>
      <acronym title="b">ac</acronym> <dfn>df</dfn> <code>co</code> <tt>tt</tt> <kbd>k</kbd>
      <samp>sa</samp> <var>v</var> <span class="x">sp</span> <a name="n1">anchor</a>
      <a href="#n1">back</a> <a href="https://example.org/x">out</a>
      <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby></p>
      <pre>  pre
        formatted</pre>
      <blockquote cite="https://example.org/b">quoted

      twice</blockquote>
      <center>centred</center>
      <ul type="square"><li>one<li>two

      paragraphs</ul>
      <ol start="3" type="i"><li>three</ol>
      <dl><dt>term<dd>definition</dl>
      <table border="2" width="80%" align="center"><caption>Cap</caption>
      <colgroup><col width="30%"><col span="2" width="20"></colgroup>
      <thead><tr><th scope="col" width="10">H<th colspan="2" height="5">I
      <tbody><tr><td rowspan="1" align="right">1<td>2<td>3
      <tfoot><tr><td>f<td>g<td>h</table>
      <hr width="50%" align="left">
      <details open><summary>Spoiler</summary>hidden

      text</details>
      <figure><img src="https://img.invalid/p.png" alt="P" width="20" height="10" border="0"
      align="left"><figcaption>Figure</figcaption></figure>
      <address>Somewhere</address>
      <audio src="https://media.invalid/podfic.mp3" preload="none"></audio>
      <video width="320" height="240"><source src="https://media.invalid/vid.mp4"
      type="video/mp4"><track src="https://media.invalid/vid.vtt" kind="subtitles"
      srclang="en" label="English">No video</video>
      <iframe src="https://www.youtube.com/embed/abc" width="560" height="315"
      title="A vid"></iframe>
      Before a scene break.


      After a scene break.
      """;

  @Test
  void aChapterUsingEveryKeptElementIsAValidBook() throws IOException {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id =
        WorkBuilder.sample("Every Element")
            .chapters(WorkBuilder.chapter("All of it", EVERY_ELEMENT))
            .without("expectedChapters")
            .post(writer);
    String stored = api.get("/api/v1/works/" + id + "/chapters/1").json().path("body").asText();
    assertThat(stored)
        .contains("<figure>", "<address>", "<acronym", "<tt>", "<audio", "<video", "<source")
        .contains("<iframe src=\"https://www.youtube.com/embed/abc\"", "sandbox=")
        .contains("<table border=\"2\" width=\"80%\" align=\"center\">", "<col width=\"30%\">")
        .contains("<li><p>two</p>", "<p>&nbsp;</p>");
    BinaryClient guest = new BinaryClient(baseUrl());
    byte[] epub = guest.get("/works/" + id + "/download.epub").body();
    Epubs.keep("every-element.epub", epub);
    Epubs.assertValid(epub);
    assertThat(Epubs.entries(epub).get("OEBPS/chapter-001.xhtml"))
        .contains("<figure>", "<figcaption>Figure</figcaption>", "<address>Somewhere</address>")
        .contains("href=\"https://media.invalid/podfic.mp3\"", "[Audio]")
        .contains("href=\"https://media.invalid/vid.mp4\"", "[Video]")
        .contains("href=\"https://www.youtube.com/embed/abc\"", "[Embedded media: A vid]")
        .contains("<abbr title=\"b\">ac</abbr>", "class=\"tt\"", "style=\"width: 80%;\"")
        .doesNotContain("<audio", "<video", "<iframe", "<acronym", "<tt", "width=\"30%\"");
    HttpResponse<byte[]> pdf = guest.get("/works/" + id + "/download.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(Epubs.pdfText(pdf.body())).contains("After a scene break.", "[Video]");
    assertThat(BinaryClient.text(guest.get("/works/" + id + "/download.txt")))
        .contains(
            "[Audio: https://media.invalid/podfic.mp3]", "[Embedded media: https://www.youtube");
  }

  @Test
  void imagesAreFetchedIntoTheBook() throws IOException {
    HttpServer images =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    images.createContext(
        "/map.png",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "image/png");
          exchange.sendResponseHeaders(200, PNG.length);
          exchange.getResponseBody().write(PNG);
          exchange.close();
        });
    images.start();
    try {
      String src = "http://127.0.0.1:" + images.getAddress().getPort() + "/map.png";
      String gone = "http://127.0.0.1:" + images.getAddress().getPort() + "/gone.png";
      Api writer = api.as(api.signUpAndToken(Api.unique("w")));
      long id =
          WorkBuilder.sample("The Map")
              .chapters(
                  WorkBuilder.chapter(
                      "",
                      "<p>Here is the map:</p><p><img src=\""
                          + src
                          + "\" alt=\"A map of the coast\" width=\"300\"></p><p><img src=\""
                          + gone
                          + "\" alt=\"Lost\"></p>"))
              .without("expectedChapters")
              .post(writer);
      BinaryClient guest = new BinaryClient(baseUrl());
      byte[] epub = guest.get("/works/" + id + "/download.epub").body();
      Epubs.assertValid(epub);
      Map<String, String> entries = Epubs.entries(epub);
      assertThat(entries).containsEntry("OEBPS/images/image-001.png", PNG.length + " bytes");
      assertThat(entries.get("OEBPS/content.opf")).contains("media-type=\"image/png\"");
      assertThat(entries.get("OEBPS/chapter-001.xhtml"))
          .contains("src=\"images/image-001.png\"", "alt=\"A map of the coast\"")
          .contains("[Image: Lost]", "href=\"" + gone + "\"");
      assertThat(BinaryClient.text(guest.get("/works/" + id + "/download.html")))
          .contains("src=\"data:image/png;base64,");
      assertThat(guest.get("/works/" + id + "/download.pdf").statusCode()).isEqualTo(200);
      assertThat(BinaryClient.text(guest.get("/works/" + id + "/download.txt")))
          .contains("[Image: A map of the coast]");
    } finally {
      images.stop(0);
    }
  }

  @Test
  void draftsHiddenAndRestrictedWorksFollowTheWorkPagesRules() {
    String name = Api.unique("w");
    Api writer = api.as(api.signUpAndToken(name));
    long draftId = WorkBuilder.sample("Draft").draft().post(writer);
    long restrictedId = WorkBuilder.sample("Members Only").restricted().post(writer);
    long publicId = WorkBuilder.sample("Open").post(writer);

    BinaryClient guest = new BinaryClient(baseUrl());
    assertThat(guest.get("/works/" + draftId + "/download.epub").statusCode()).isEqualTo(404);
    assertThat(guest.get("/works/999999999/download.epub").statusCode()).isEqualTo(404);
    assertThat(guest.get("/works/" + publicId + "/download.mobi").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> login = guest.get("/works/" + restrictedId + "/download.epub");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/login");

    // The creator cannot download a draft either; a signed-in reader gets the restricted work.
    BinaryClient creator = new BinaryClient(baseUrl());
    org.quire.testing.FormClient form = signedInClient(name);
    assertThat(form.get("/works/" + draftId + "/download.txt").statusCode()).isEqualTo(404);
    assertThat(form.get("/works/" + restrictedId + "/download.txt").body())
        .contains("Members Only");
    assertThat(creator.get("/works/" + publicId + "/download.txt").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdultWorkDownloadsWithoutTheGateItsTitlePageWarningFirst() throws IOException {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id =
        WorkBuilder.sample("After Dark")
            .rating("Explicit")
            .warnings("Major Character Death")
            .post(writer);
    // As on AO3 the gate guards the reading pages, not the files: an e-reader app fetches them.
    BinaryClient guest = new BinaryClient(baseUrl());
    HttpResponse<byte[]> epub = guest.get("/works/" + id + "/download.epub");
    assertThat(epub.statusCode()).isEqualTo(200);
    assertThat(epub.headers().firstValue("Content-Type")).hasValue("application/epub+zip");
    assertThat(Epubs.entries(epub.body()).get("OEBPS/title.xhtml"))
        .contains("Explicit", "Major Character Death");
    String text =
        BinaryClient.text(new BinaryClient(baseUrl()).get("/works/" + id + "/download.txt"));
    assertThat(text.indexOf("Explicit"))
        .isNotNegative()
        .isLessThan(text.indexOf("The lamp went out"));
    assertThat(text.indexOf("Major Character Death"))
        .isNotNegative()
        .isLessThan(text.indexOf("The lamp went out"));
    assertThat(new BinaryClient(baseUrl()).get("/works/" + id + "/download.pdf").statusCode())
        .isEqualTo(200);
    // The reading page still asks first.
    assertThat(BinaryClient.text(new BinaryClient(baseUrl()).get("/works/" + id)))
        .contains("Adult Content Warning")
        .doesNotContain("The lamp went out");
  }

  @Test
  void aSecondDownloadIsServedFromTheCacheUntilTheWorkChanges() throws IOException {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long id = WorkBuilder.sample("Cached").post(writer);
    BinaryClient guest = new BinaryClient(baseUrl());
    byte[] first = guest.get("/works/" + id + "/download.epub").body();
    Path workDir = data.root().resolve("cache/downloads/" + id);
    List<Path> files = files(workDir);
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getFileName().toString()).isEqualTo("Cached.epub");
    long written = Files.getLastModifiedTime(files.get(0)).toMillis();
    assertThat(guest.get("/works/" + id + "/download.epub").body()).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(files.get(0)).toMillis()).isEqualTo(written);

    assertThat(writer.patch("/api/v1/works/" + id, Map.of("title", "Cached Again")).status())
        .isEqualTo(200);
    HttpResponse<byte[]> changed = guest.get("/works/" + id + "/download.epub");
    assertThat(changed.headers().firstValue("Content-Disposition").orElse(""))
        .contains("Cached_Again.epub");
    assertThat(files(workDir)).hasSize(1).allMatch(p -> p.endsWith("Cached_Again.epub"));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
