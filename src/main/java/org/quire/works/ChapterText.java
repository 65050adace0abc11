package org.quire.works;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns what a writer typed (HTML, Markdown or plain text) into safe HTML. The allowlist keeps
 * everything a story needs (paragraphs, emphasis, headings, lists, quotes, tables, links, images,
 * details, ruby) and drops scripts, styles, frames, event handlers and dangerous URLs, keeping the
 * text around them. Output is well-formed, so it can go into EPUB XHTML later.
 */
@Component
class ChapterText {
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "<\\s*(p|div|br|table|ul|ol|blockquote|h[1-6]|pre|hr|details|dl)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\r?\\n\\s*");
  private static final Pattern NEWLINE = Pattern.compile("\\r?\\n");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "div",
              "span",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "b",
              "strong",
              "i",
              "em",
              "u",
              "s",
              "strike",
              "del",
              "ins",
              "sub",
              "sup",
              "small",
              "big",
              "cite",
              "q",
              "abbr",
              "dfn",
              "code",
              "pre",
              "kbd",
              "samp",
              "var",
              "blockquote",
              "ul",
              "ol",
              "li",
              "dl",
              "dt",
              "dd",
              "table",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "th",
              "td",
              "caption",
              "colgroup",
              "col",
              "details",
              "summary",
              "ruby",
              "rt",
              "rp",
              "rb",
              "center",
              "a",
              "img")
          .allowAttributes("title")
          .globally()
          .allowAttributes("class")
          .globally()
          .allowAttributes("align")
          .onElements("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "img", "table")
          .allowAttributes("dir", "lang")
          .globally()
          .allowAttributes("start", "type")
          .onElements("ol")
          .allowAttributes("colspan", "rowspan", "scope")
          .onElements("td", "th")
          .allowAttributes("open")
          .onElements("details")
          .allowAttributes("cite")
          .onElements("blockquote", "q")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("name", "id")
          .onElements("a")
          .allowAttributes("src", "alt", "width", "height")
          .onElements("img")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("nofollow")
          .disallowElements("script", "style", "iframe", "object", "embed", "noscript", "template")
          .toFactory();

  private final Parser markdown =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final HtmlRenderer markdownHtml =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  String toSafeHtml(String body, ChapterFormat format) {
    String html =
        switch (format) {
          case TEXT -> paragraphs(escape(body));
          case MARKDOWN -> markdownHtml.render(markdown.parse(body));
          case HTML -> BLOCK_TAG.matcher(body).find() ? body : paragraphs(body);
        };
    return wellFormed(images(POLICY.sanitize(html))).strip();
  }

  /**
   * Safe HTML for a summary or notes: like a chapter, but a single paragraph typed without markup
   * stays as typed rather than being wrapped in {@code <p>}.
   */
  String toSafeFragment(String text) {
    if (BLANK_LINES.matcher(text.strip()).find() || BLOCK_TAG.matcher(text).find()) {
      return toSafeHtml(text, ChapterFormat.HTML);
    }
    return wellFormed(images(POLICY.sanitize(NEWLINE.matcher(text.strip()).replaceAll("<br>"))))
        .strip();
  }

  /** Blank lines separate paragraphs; a single line break stays a line break. */
  static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    BLANK_LINES
        .splitAsStream(text.strip())
        .filter(paragraph -> !paragraph.isBlank())
        .forEach(
            paragraph ->
                out.append("<p>")
                    .append(NEWLINE.matcher(paragraph.strip()).replaceAll("<br>\n"))
                    .append("</p>\n"));
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Images only over http(s): relative or mailto sources make no sense for a picture. */
  private static String images(String html) {
    if (!html.contains("<img")) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("img")
        .forEach(
            img -> {
              String src = img.attr("src");
              if (!(src.startsWith("http://") || src.startsWith("https://"))) {
                img.remove();
              }
            });
    return doc.body().html();
  }

  /** Normalizes through jsoup so every element is closed. */
  private static String wellFormed(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }
}
