package org.quire.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
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

  /** Deepest nesting passed to the sanitizer, safely below its limit of 256. */
  private static final int MAX_DEPTH = 200;

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
              "a")
          .allowAttributes("title", "class", "dir", "lang")
          .globally()
          .allowAttributes("align")
          .onElements(
              "p",
              "div",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "img",
              "hr",
              "caption",
              "table",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "th",
              "td",
              "col",
              "colgroup")
          .allowAttributes("start", "type")
          .onElements("ol")
          .allowAttributes("colspan", "rowspan", "scope")
          .onElements("td", "th")
          .allowAttributes("span")
          .onElements("col", "colgroup")
          .allowAttributes("open")
          .onElements("details")
          .allowAttributes("cite")
          .onElements("blockquote", "q")
          .allowAttributes("href")
          .onElements("a")
          // name, for footnote anchors (href="#fn1"); not id, which could take over the ids of
          // the page around the chapter.
          .allowAttributes("name")
          .onElements("a")
          .allowAttributes("src")
          .matching((element, attribute, value) -> isHttpUrl(value) ? value.strip() : null)
          .onElements("img")
          .allowAttributes("alt", "width", "height")
          .onElements("img")
          // An image whose source was refused is dropped whole rather than left as a broken box.
          .allowElements((element, attributes) -> hasSource(attributes) ? element : null, "img")
          // Relative and fragment URLs have no protocol and are allowed as they are.
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("nofollow")
          .disallowElements(
              "script", "style", "iframe", "object", "embed", "applet", "noscript", "template")
          // The policy keeps the text of refused elements; an object's fallback or a template's
          // content is not text a reader would see.
          .withPreprocessor(DropWithContent::new)
          .toFactory();

  private final Parser markdown =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final HtmlRenderer markdownHtml =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /**
   * A chapter's body as safe, well-formed HTML. HTML typed without any block element is taken as
   * text with line breaks (as writers paste it into the HTML field), so its blank lines still make
   * paragraphs.
   */
  String toSafeHtml(String body, ChapterFormat format) {
    String html =
        switch (format) {
          case TEXT -> paragraphs(escape(body));
          case MARKDOWN -> markdownHtml.render(markdown.parse(body));
          case HTML -> BLOCK_TAG.matcher(body).find() ? body : paragraphs(body);
        };
    return sanitize(html);
  }

  /**
   * Safe HTML for a summary or notes: like a chapter, but a single paragraph typed without markup
   * stays as typed rather than being wrapped in {@code <p>}.
   */
  String toSafeFragment(String text) {
    if (BLANK_LINES.matcher(text.strip()).find() || BLOCK_TAG.matcher(text).find()) {
      return toSafeHtml(text, ChapterFormat.HTML);
    }
    return sanitize(NEWLINE.matcher(text.strip()).replaceAll("<br>"));
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

  /** Images only over http(s): a relative or mailto source makes no sense for a picture. */
  private static boolean isHttpUrl(String url) {
    String u = url.strip();
    return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8);
  }

  private static boolean hasSource(List<String> attributes) {
    // Attributes come as name, value, name, value…
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals("src")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops {@code object}, {@code applet} and {@code template} elements together with everything
   * inside them, before the policy sees it: browsers do not show that content either. (Scripts,
   * styles and frames hold raw text that the policy drops already.) An unclosed one drops the rest
   * of the text, as a browser would hide it.
   */
  private static final class DropWithContent implements HtmlStreamEventReceiver {
    private static final Set<String> DROPPED = Set.of("object", "applet", "template");

    private final HtmlStreamEventReceiver next;
    private int depth;

    DropWithContent(HtmlStreamEventReceiver next) {
      this.next = next;
    }

    @Override
    public void openDocument() {
      next.openDocument();
    }

    @Override
    public void closeDocument() {
      next.closeDocument();
    }

    @Override
    public void openTag(String elementName, List<String> attributes) {
      if (DROPPED.contains(elementName.toLowerCase(Locale.ROOT))) {
        depth++;
      } else if (depth == 0) {
        next.openTag(elementName, attributes);
      }
    }

    @Override
    public void closeTag(String elementName) {
      if (DROPPED.contains(elementName.toLowerCase(Locale.ROOT))) {
        // A stray closing tag with nothing open is ignored.
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        next.closeTag(elementName);
      }
    }

    @Override
    public void text(String text) {
      if (depth == 0) {
        next.text(text);
      }
    }
  }

  /**
   * One jsoup parse (the HTML5 algorithm, as a browser reads the text) feeds the allowlist as a
   * stream of well-nested elements; the sanitizer's own lexer never sees the raw text. Each step is
   * linear in its input: jsoup bounds its formatting-element bookkeeping, the walk below visits
   * each node once, and elements nested deeper than {@link #MAX_DEPTH} are unwrapped on the way out
   * (the sanitizer drops everything deeper than 256, and messy pasted HTML, an unclosed {@code <b>}
   * on every line, gets there). Unwrapping them in the tree instead cost time in proportion to
   * depth for each one: quadratic, 27 s for a chapter of 160,000 {@code <b>}.
   */
  private static String sanitize(String html) {
    StringBuilder out = new StringBuilder(html.length() + 16);
    HtmlSanitizer.Policy policy =
        POLICY.apply(HtmlStreamRenderer.create(out, ChapterText::ignore, ChapterText::ignore));
    HtmlStreamEventReceiver events = new DropWithContent(policy);
    events.openDocument();
    NodeTraversor.traverse(new Feed(events), Jsoup.parseBodyFragment(html).body());
    events.closeDocument();
    return wellFormed(out.toString()).strip();
  }

  private static void ignore(Object problem) {
    // The renderer reports names it refuses to write; the allowlist never lets one through.
  }

  /** Replays a parsed tree as sanitizer events, leaving out the tags of too-deep elements. */
  private record Feed(HtmlStreamEventReceiver events) implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        events.text(t.getWholeText());
      } else if (node instanceof Element e && shown(e, depth)) {
        List<String> attributes = new ArrayList<>(e.attributesSize() * 2);
        for (Attribute a : e.attributes()) {
          attributes.add(a.getKey());
          attributes.add(a.getValue());
        }
        events.openTag(e.normalName(), attributes);
      }
      // Comments, doctypes and the raw text of scripts and styles (data nodes) are never shown.
    }

    /**
     * Whether an element's tags are written: not the body, nor one nested too deep, nor an empty
     * paragraph (a stray {@code </p>} makes one, and it shows nothing).
     */
    private static boolean shown(Element e, int depth) {
      return depth > 0 && depth <= MAX_DEPTH && !(e.childNodeSize() == 0 && e.nameIs("p"));
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && shown(e, depth)) {
        events.closeTag(e.normalName());
      }
    }
  }

  /** Normalizes through jsoup so every element is closed. */
  private static String wellFormed(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }
}
