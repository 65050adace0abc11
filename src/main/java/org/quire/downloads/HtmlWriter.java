package org.quire.downloads;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quire.works.ChapterView;

/**
 * The whole work as one self-contained XHTML document: title page, contents, chapters and
 * afterword, the stylesheet inline and images as {@code data:} URIs. The HTML download is this
 * file; the PDF is rendered from it with print styles.
 */
final class HtmlWriter {
  private HtmlWriter() {}

  static Document document(Book book, String css) {
    Document doc = BookHtml.document(book.work().title(), book.work().language());
    doc.head().prependElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
    BookHtml.preface(doc.body(), book, url -> dataUri(book, url));
    if (book.chapters().size() > 1) {
      Element nav = doc.body().appendElement("nav").addClass("contents").attr("id", "contents");
      nav.appendElement("h2").text("Contents");
      Element list = nav.appendElement("ol");
      for (ChapterView chapter : book.chapters()) {
        list.appendElement("li")
            .appendElement("a")
            .attr("href", "#chapter-" + chapter.position())
            .text(book.heading(chapter));
      }
    }
    Element chapters = doc.body().appendElement("div").addClass("chapters").attr("id", "chapters");
    for (ChapterView chapter : book.chapters()) {
      BookHtml.chapter(chapters, book, chapter, url -> dataUri(book, url));
    }
    BookHtml.afterword(doc.body(), book);
    return doc;
  }

  private static @org.jspecify.annotations.Nullable String dataUri(Book book, String url) {
    ImageFetcher.Image image = book.images().get(url);
    return image == null ? null : image.dataUri();
  }
}
