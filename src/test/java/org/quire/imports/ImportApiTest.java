package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.imports.Fixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportApiTest extends IntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @Autowired JdbcClient jdbc;

  record Result(int status, JsonNode json, String contentType) {}

  private Result upload(
      String token, String fileName, String type, byte[] bytes, Map<String, List<String>> fields) {
    BinaryClient client = new BinaryClient(baseUrl());
    List<BinaryClient.FilePart> files =
        bytes == null
            ? List.of()
            : List.of(new BinaryClient.FilePart("file", fileName, type, bytes));
    HttpResponse<byte[]> response =
        token == null
            ? client.postMultipart("/api/v1/imports", fields, files, "Accept", "application/json")
            : client.postMultipart(
                "/api/v1/imports",
                fields,
                files,
                "Accept",
                "application/json",
                "Authorization",
                "Bearer " + token);
    String body = BinaryClient.text(response);
    return new Result(
        response.statusCode(),
        body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  private Result upload(String token, String fileName, byte[] bytes) {
    return upload(token, fileName, "application/octet-stream", bytes, Map.of());
  }

  private JsonNode chapter(String token, long id, int position) {
    return api.as(token).get("/api/v1/works/" + id + "/chapters/" + position).json();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  @Test
  void ao3sHtmlDownloadBecomesTheWorksFieldsAndChapters() {
    String token = api.signUpAndToken(Api.unique("imp"));
    Result r =
        upload(
            token,
            "The_Cartographers.html",
            "text/html",
            Fixtures.resource("ao3-download.html"),
            Map.of());
    assertThat(r.status()).as(r.json().toString()).isEqualTo(201);
    JsonNode w = r.json();
    assertThat(w.path("title").asString()).isEqualTo("The Cartographer's Daughter");
    assertThat(w.path("draft").asBoolean()).isTrue();
    assertThat(w.path("rating").asString()).isEqualTo("Teen And Up Audiences");
    assertThat(strings(w.path("warnings")))
        .containsExactly("Graphic Depictions Of Violence", "Major Character Death");
    assertThat(strings(w.path("categories"))).containsExactly("F/F");
    assertThat(strings(w.path("fandoms"))).containsExactly("Original Work");
    assertThat(strings(w.path("relationships"))).containsExactly("Ilse/Maren");
    assertThat(strings(w.path("characters"))).containsExactly("Ilse", "Maren", "The Harbourmaster");
    assertThat(strings(w.path("freeforms"))).containsExactly("Maps", "Slow Burn", "Sea Voyages");
    assertThat(w.path("language").asString()).isEqualTo("en");
    assertThat(w.path("summary").asString()).contains("unfinished charts &amp; a debt");
    assertThat(w.path("notes").asString())
        .contains("Series: Part 2 of Charts and Currents", "Thanks to M. for the beta!");
    assertThat(w.path("endNotes").asString()).contains("Part three is coming in the autumn.");
    assertThat(w.path("expectedChapters").asInt()).isEqualTo(3);
    assertThat(w.path("chapterCount").asInt()).isEqualTo(2);
    assertThat(w.path("chapters").get(0).path("title").asString()).isEqualTo("Soundings");
    assertThat(w.path("chapters").get(1).path("title").asString()).isEmpty();

    long id = w.path("id").asLong();
    JsonNode first = chapter(token, id, 1);
    assertThat(first.path("body").asString())
        .contains("The ink had dried", "<em>stopped</em>")
        .doesNotContain("script", "alert");
    assertThat(first.path("notes").asString()).contains("The first of three.");
    assertThat(first.path("endNotes").asString()).contains("Next: the harbour.");
    assertThat(first.path("publishedOn").asString()).isEqualTo("2021-06-14");
    JsonNode second = chapter(token, id, 2);
    assertThat(second.path("summary").asString()).contains("Maren keeps the lighthouse books.");
    assertThat(second.path("body").asString()).contains("ledger was older than the town");
  }

  @Test
  void anImportKeepsTheOriginalPublishedAndUpdatedDates() {
    String word = Api.unique("cartography").replace("_", "");
    for (Map.Entry<String, byte[]> file :
        Map.of(
                "The_Cartographers.html", Fixtures.resource("ao3-download.html"),
                "The_Cartographers.epub", Fixtures.ao3Epub())
            .entrySet()) {
      String token = api.signUpAndToken(Api.unique("dated"));
      Result r =
          upload(
              token,
              file.getKey(),
              file.getKey().endsWith(".html") ? "text/html" : "application/epub+zip",
              file.getValue(),
              Map.of("draft", List.of("false"), "summary", List.of("About " + word + ".")));
      assertThat(r.status()).as(r.json().toString()).isEqualTo(201);
      JsonNode w = r.json();
      assertThat(w.path("publishedAt").asString()).as(file.getKey()).startsWith("2021-06-14");
      assertThat(w.path("updatedAt").asString()).as(file.getKey()).startsWith("2021-08-02");
      long id = w.path("id").asLong();
      assertThat(chapter(token, id, 1).path("publishedOn").asString()).isEqualTo("2021-06-14");
      assertThat(chapter(token, id, 2).path("publishedOn").asString()).isEqualTo("2021-08-02");
    }
    // Listed by those dates, not by the day of the import.
    JsonNode listed = api.get("/api/v1/works?q=" + word + "&updated=2021-08-01..2021-08-03").json();
    assertThat(listed.path("total").asInt()).isEqualTo(2);
  }

  @Test
  void ao3sEpubDownloadIsReadLikeItsHtml() {
    String token = api.signUpAndToken(Api.unique("imp"));
    Result r =
        upload(
            token, "The_Cartographers.epub", "application/epub+zip", Fixtures.ao3Epub(), Map.of());
    assertThat(r.status()).as(r.json().toString()).isEqualTo(201);
    JsonNode w = r.json();
    assertThat(w.path("title").asString()).isEqualTo("The Cartographer's Daughter");
    assertThat(strings(w.path("characters"))).containsExactly("Ilse", "Maren", "The Harbourmaster");
    // The subjects of an archive's EPUB repeat its tag list: they do not become extra tags.
    assertThat(strings(w.path("freeforms"))).containsExactly("Maps", "Slow Burn", "Sea Voyages");
    assertThat(w.path("chapterCount").asInt()).isEqualTo(2);
    assertThat(w.path("chapters").get(0).path("title").asString()).isEqualTo("Soundings");
    assertThat(w.path("endNotes").asString()).contains("Part three");
    assertThat(chapter(token, w.path("id").asLong(), 2).path("body").asString())
        .contains("ledger was older than the town");
  }

  @Test
  void anyEpubGivesItsSpineAsChaptersAndItsSubjectsAsTags() {
    String token = api.signUpAndToken(Api.unique("imp"));
    Result r =
        upload(token, "orchard.epub", "application/epub+zip", Fixtures.genericEpub(), required());
    assertThat(r.status()).as(r.json().toString()).isEqualTo(201);
    JsonNode w = r.json();
    assertThat(w.path("title").asString()).isEqualTo("Winter Orchard");
    assertThat(w.path("language").asString()).isEqualTo("fr");
    assertThat(w.path("summary").asString()).contains("Les pommes, l'hiver.");
    assertThat(strings(w.path("freeforms"))).containsExactly("Orchards", "Quiet");
    assertThat(w.path("chapterCount").asInt()).isEqualTo(3);
    assertThat(w.path("chapters").get(0).path("title").asString()).isEqualTo("Chapitre un");
    assertThat(w.path("chapters").get(1).path("title").asString()).isEqualTo("Le gel");
    assertThat(chapter(token, w.path("id").asLong(), 3).path("body").asString())
        .contains("Au printemps");
  }

  @Test
  void textCopiedFromAnAo3WorkPageSplitsAtChapterText() {
    String token = api.signUpAndToken(Api.unique("imp"));
    Map<String, List<String>> fields = required();
    Result r =
        upload(token, "ledger.txt", "text/plain", Fixtures.resource("ao3-copied.txt"), fields);
    assertThat(r.status()).as(r.json().toString()).isEqualTo(201);
    JsonNode w = r.json();
    assertThat(w.path("title").asString()).isEqualTo("The Lighthouse Ledger");
    assertThat(w.path("summary").asString()).contains("Maren counts ships.");
    assertThat(w.path("notes").asString()).contains("For the winter exchange.");
    assertThat(w.path("chapterCount").asInt()).isEqualTo(2);
    assertThat(w.path("chapters").get(0).path("title").asString()).isEqualTo("Tallies");
    assertThat(w.path("chapters").get(1).path("title").asString()).isEqualTo("The Storm Book");
    assertThat(chapter(token, w.path("id").asLong(), 1).path("body").asString())
        .contains("<p>Every morning Maren wrote", "<p>Most mornings");

    // The contract's own case: the text before the first "Chapter Text" line is chapter 1.
    Result prologue =
        upload(
            token,
            "two.txt",
            "text/plain",
            utf8(
                "Short Title\n\nThe first part of the story is here.\nChapter Text\nAnd the second part follows it.\n"),
            fields);
    assertThat(prologue.json().path("title").asString()).isEqualTo("Short Title");
    assertThat(prologue.json().path("chapterCount").asInt()).isEqualTo(2);
  }

  @Test
  void genericHtmlAndTextSplitAtChapterHeadings() {
    String token = api.signUpAndToken(Api.unique("imp"));
    Result html =
        upload(
            token,
            "salt.html",
            "text/html",
            Fixtures.resource("generic-chapters.html"),
            required());
    assertThat(html.status()).as(html.json().toString()).isEqualTo(201);
    assertThat(html.json().path("title").asString()).isEqualTo("Salt and Cinder");
    assertThat(html.json().path("chapterCount").asInt()).isEqualTo(4);
    List<String> titles = new ArrayList<>();
    html.json().path("chapters").forEach(c -> titles.add(c.path("title").asString()));
    assertThat(titles).containsExactly("", "Ash", "Brine", "");
    assertThat(chapter(token, html.json().path("id").asLong(), 1).path("body").asString())
        .contains("by someone who keeps a blog");

    Result text =
        upload(
            token,
            "story.txt",
            "text/plain",
            utf8(
                "Night Ferry\n\nChapter 1\nThe ferry left at nine sharp.\n\nChapter 2: Fog\nFog took the far shore first.\n"),
            required());
    assertThat(text.json().path("chapterCount").asInt()).isEqualTo(2);
    assertThat(text.json().path("chapters").get(1).path("title").asString()).isEqualTo("Fog");
  }

  @Test
  void theEncodingsPeopleHaveAreDetected() {
    String token = api.signUpAndToken(Api.unique("imp"));
    String story =
        "Caf\u00e9 \u201cNoir\u201d\n\nShe said \u2018no\u2019 \u2014 and meant it, na\u00efvely.\n";
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("windows-1252.txt", story.getBytes(Charset.forName("windows-1252")));
    files.put(
        "utf-16le-bom.txt",
        withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, story, StandardCharsets.UTF_16LE));
    files.put(
        "utf-16be-bom.txt",
        withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, story, StandardCharsets.UTF_16BE));
    files.put("utf-16le.txt", story.getBytes(StandardCharsets.UTF_16LE));
    files.put(
        "utf-8-bom.txt",
        withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, story, StandardCharsets.UTF_8));
    files.put("utf-8.txt", story.getBytes(StandardCharsets.UTF_8));
    files.put(
        "windows-1252.html",
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Caf\u00e9 \u201cNoir\u201d</title></head><body><p>She said \u2018no\u2019 \u2014 and meant it, na\u00efvely.</p></body></html>")
            .getBytes(Charset.forName("windows-1252")));
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Result r = upload(token, file.getKey(), "text/plain", file.getValue(), required());
      assertThat(r.status()).as(file.getKey() + ": " + r.json()).isEqualTo(201);
      assertThat(r.json().path("title").asString())
          .as(file.getKey())
          .isEqualTo("Caf\u00e9 \u201cNoir\u201d");
      assertThat(chapter(token, r.json().path("id").asLong(), 1).path("body").asString())
          .as(file.getKey())
          .contains("She said \u2018no\u2019 \u2014 and meant it, na\u00efvely.");
    }
  }

  @Test
  void fieldsSentWithTheUploadOverrideTheFileAndDraftFalsePosts() {
    String token = api.signUpAndToken(Api.unique("imp"));
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("title", List.of("My Own Title"));
    fields.put("rating", List.of("Mature"));
    fields.put("fandoms", List.of("Charts (Original)", "Sea Stories"));
    fields.put("freeforms", List.of("Imported, Edited"));
    fields.put("draft", List.of("false"));
    Result r = upload(token, "c.html", "text/html", Fixtures.resource("ao3-download.html"), fields);
    assertThat(r.status()).as(r.json().toString()).isEqualTo(201);
    JsonNode w = r.json();
    assertThat(w.path("title").asString()).isEqualTo("My Own Title");
    assertThat(w.path("rating").asString()).isEqualTo("Mature");
    assertThat(strings(w.path("fandoms"))).containsExactly("Charts (Original)", "Sea Stories");
    assertThat(strings(w.path("freeforms"))).containsExactly("Imported", "Edited");
    assertThat(strings(w.path("characters"))).contains("Ilse");
    assertThat(w.path("draft").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/works/" + w.path("id").asLong()).status()).isEqualTo(200);
  }

  @Test
  void quiresOwnDownloadsImportBackWithTheirTags() {
    String name = Api.unique("imp");
    String token = api.signUpAndToken(name);
    long original = WorkBuilder.sample("Round Trip").post(api.as(token));
    BinaryClient guest = new BinaryClient(baseUrl());
    for (String format : List.of("epub", "html")) {
      byte[] file = guest.get("/works/" + original + "/download." + format).body();
      Result r = upload(token, "Round_Trip." + format, "application/octet-stream", file, Map.of());
      assertThat(r.status()).as(format + ": " + r.json()).isEqualTo(201);
      JsonNode w = r.json();
      assertThat(w.path("title").asString()).isEqualTo("Round Trip");
      assertThat(w.path("rating").asString()).isEqualTo("Teen And Up Audiences");
      assertThat(strings(w.path("relationships"))).containsExactly("Mira/Tove");
      assertThat(strings(w.path("characters"))).containsExactly("Mira", "Tove");
      assertThat(strings(w.path("freeforms"))).containsExactly("Found Family", "Snow");
      assertThat(w.path("summary").asString()).contains("Two keepers of a lighthouse");
      assertThat(w.path("endNotes").asString()).contains("Thank you for reading!");
      assertThat(w.path("chapterCount").asInt()).as(format).isEqualTo(2);
      assertThat(w.path("chapters").get(0).path("title").asString()).isEqualTo("First Frost");
      JsonNode first = chapter(token, w.path("id").asLong(), 1);
      assertThat(first.path("body").asString()).contains("The lamp went out at midnight.");
      assertThat(first.path("notes").asString()).contains("Chapter notes here.");
      assertThat(first.path("endNotes").asString()).contains("See you next chapter.");
    }
  }

  @Test
  void whatCannotBeImportedIsAClearErrorAndCreatesNothing() throws IOException {
    String name = Api.unique("imp");
    String token = api.signUpAndToken(name);
    long before = worksOf(name);

    assertProblem(
        upload(token, "a.pdf", utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")),
        415,
        "PDF files cannot be imported");
    assertProblem(
        upload(
            token,
            "a.png",
            java.util.Base64.getDecoder()
                .decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")),
        415,
        "images cannot be imported");
    assertProblem(
        upload(token, "a.docx", Fixtures.zip(Map.of("word/document.xml", utf8("<w:document/>")))),
        415,
        "not an EPUB");
    assertProblem(
        upload(token, "a.bin", new byte[] {1, 2, 0, 0, 5, 6, 7, 0, 0, 9, 1, 2, 3}),
        415,
        "not text, HTML or EPUB");
    assertProblem(
        upload(token, "a.epub", utf8("PK\u0003\u0004 this is not really a zip")), 422, "damaged");
    Map<String, byte[]> missing =
        Fixtures.epub(
            "<package><manifest><item id=\"a\" href=\"gone.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"a\"/></spine></package>");
    assertProblem(
        upload(token, "a.epub", Fixtures.zip(missing)), 422, "gone.xhtml, which is missing");
    assertProblem(upload(token, "empty.txt", new byte[0]), 422, "file");
    assertProblem(upload(token, "a.txt", "text/plain", null, Map.of()), 422, "file");

    // A work the file leaves without a rating, warning or fandom is refused with the fields named.
    Result incomplete =
        upload(token, "story.txt", utf8("Title\n\nA story with no tags at all, but long enough."));
    assertThat(incomplete.status()).isEqualTo(422);
    List<String> fieldsNamed = new ArrayList<>();
    incomplete.json().path("errors").forEach(e -> fieldsNamed.add(e.path("field").asString()));
    assertThat(fieldsNamed).contains("rating", "warnings", "fandoms");
    assertThat(incomplete.contentType()).startsWith("application/problem+json");

    // A chapter the rules refuse (under 10 characters) fails the whole import.
    Result tiny =
        upload(
            token,
            "tiny.txt",
            "text/plain",
            utf8("T\n\nChapter 1\nLong enough text here.\nChapter 2\nshort\n"),
            required());
    assertThat(tiny.status()).isEqualTo(422);
    assertThat(tiny.json().path("errors").get(0).path("field").asString())
        .isEqualTo("chapters[1].body");

    Map<String, List<String>> unknown = new LinkedHashMap<>(required());
    unknown.put("colour", List.of("blue"));
    assertProblem(
        upload(token, "a.txt", "text/plain", utf8("Title\n\nSome story text."), unknown),
        400,
        "colour");
    assertProblem(
        upload(null, "a.txt", "text/plain", utf8("Title\n\nSome story text."), required()),
        401,
        "Sign in");
    Api.Response json = api.as(token).post("/api/v1/imports", Map.of("title", "x"));
    assertThat(json.status()).isEqualTo(415);
    assertThat(worksOf(name)).isEqualTo(before);
  }

  @Test
  void zipBombsAndOversizedFilesAreRefused() throws IOException {
    String name = Api.unique("imp");
    String token = api.signUpAndToken(name);
    // 200 MB of zeros deflates to about 200 KB.
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write(utf8("application/epub+zip"));
      zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
      zip.write(new byte[200 * 1024 * 1024]);
      zip.closeEntry();
    }
    assertThat(bomb.size()).isLessThan(1024 * 1024);
    Result refused = upload(token, "bomb.epub", bomb.toByteArray());
    assertThat(refused.status()).isIn(413, 422);
    assertThat(refused.json().path("detail").asString())
        .containsAnyOf("compressed more than", "expands to more");

    Map<String, byte[]> many = new LinkedHashMap<>();
    many.put("mimetype", utf8("application/epub+zip"));
    for (int i = 0; i < 2100; i++) {
      many.put("OEBPS/f" + i + ".xhtml", utf8("x"));
    }
    assertProblem(upload(token, "many.epub", Fixtures.zip(many)), 413, "2101 files");

    byte[] huge = new byte[21 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    Result tooLarge = upload(token, "huge.txt", "text/plain", huge, required());
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    assertThat(tooLarge.json().path("detail").asString())
        .contains("larger than the upload limit of 20,971,520 bytes (20 MB)");
    assertThat(worksOf(name)).isZero();
  }

  @Test
  void noXmlParserResolvesExternalEntities() {
    String token = api.signUpAndToken(Api.unique("imp"));
    Map<String, byte[]> entries =
        Fixtures.epub(
            """
            <?xml version="1.0"?>
            <!DOCTYPE package [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Leak &secret;</dc:title></metadata>
              <manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest>
              <spine><itemref idref="c"/></spine>
            </package>
            """);
    entries.put(
        "OEBPS/c.xhtml",
        utf8(
            "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<html><body><p>Text &x; of the only chapter.</p></body></html>"));
    Result r = upload(token, "xxe.epub", "application/epub+zip", Fixtures.zip(entries), required());
    assertThat(r.status()).as(r.json().toString()).isEqualTo(201);
    assertThat(r.json().path("title").asString()).startsWith("Leak").doesNotContain("root:");
    assertThat(chapter(token, r.json().path("id").asLong(), 1).path("body").asString())
        .contains("of the only chapter")
        .doesNotContain("root:");
  }

  private long worksOf(String username) {
    return jdbc.sql(
            "select count(distinct wc.work_id) from work_creators wc join pseuds p on p.id = wc.pseud_id"
                + " join accounts a on a.id = p.account_id where a.username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private static void assertProblem(Result r, int status, String text) {
    assertThat(r.status()).as(r.json().toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().toString()).contains(text);
  }

  private static Map<String, List<String>> required() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("rating", List.of("General Audiences"));
    fields.put("warnings", List.of("No Archive Warnings Apply"));
    fields.put("fandoms", List.of("Original Work"));
    return fields;
  }

  private static byte[] withBom(byte[] bom, String text, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }
}
