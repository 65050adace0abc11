package org.quire.works;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.quire.platform.MediaEmbeds;
import org.springframework.stereotype.Component;

/**
 * Turns what a writer typed (HTML, Markdown or plain text) into safe HTML. The allowlist keeps
 * everything a story needs (paragraphs, emphasis, headings, lists, quotes, tables, figures, links,
 * images, details, ruby; in chapters also audio, video and players from {@link MediaEmbeds}'s
 * hosts) and drops scripts, styles, other frames, event handlers and dangerous URLs, keeping the
 * text around them. Blank lines make paragraphs (see {@link Paragraphs}). Output is well-formed and
 * validly nested, so it can go into EPUB XHTML later.
 */
@Component
class ChapterText {
  /** Where text is shown decides what it may use, as on AO3. */
  enum Field {
    /** A chapter: the work's own styling (class) and media players. */
    CHAPTER(true, true),
    /** A work's or chapter's notes: the work's styling, no players. */
    NOTES(true, false),
    /** Summaries, comments and bookmark notes: neither. */
    PLAIN(false, false);

    final boolean classes;
    final boolean media;
    final PolicyFactory policy;

    Field(boolean classes, boolean media) {
      this.classes = classes;
      this.media = media;
      this.policy = policy(classes, media);
    }
  }

  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "<\\s*(p|div|br|table|ul|ol|blockquote|h[1-6]|pre|hr|details|dl|figure|address)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\s*\\d{1,4}\\s*");
  private static final Pattern LENGTH = Pattern.compile("\\s*\\d{1,4}%?\\s*");

  /**
   * Sources of images and media only over http(s): a relative or mailto source makes no sense for a
   * picture or a recording.
   */
  private static final AttributePolicy HTTP_SOURCE =
      (element, attribute, value) -> isHttpUrl(value) ? value.strip() : null;

  private static final Pattern ALIGN =
      Pattern.compile("(?i)\\s*(left|right|center|justify|top|middle|bottom)\\s*");

  private static PolicyFactory policy(boolean classes, boolean media) {
    HtmlPolicyBuilder b =
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
                "acronym",
                "dfn",
                "code",
                "tt",
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
                "figure",
                "figcaption",
                "address",
                "a")
            .allowAttributes("title", "dir", "lang")
            .globally()
            // Layout attributes AO3 keeps, as numbers and keywords only.
            .allowAttributes("align")
            .matching(ALIGN)
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
                "colgroup",
                "figure")
            .allowAttributes("width")
            .matching(LENGTH)
            .onElements("img", "hr", "table", "col", "colgroup", "td", "th")
            .allowAttributes("height")
            .matching(LENGTH)
            .onElements("img", "td", "th")
            .allowAttributes("border")
            .matching(NUMBER)
            .onElements("table", "img")
            .allowAttributes("start")
            .matching(Pattern.compile("\\s*-?\\d{1,9}\\s*"))
            .onElements("ol")
            .allowAttributes("type")
            .matching(Pattern.compile("\\s*[1aAiI]\\s*"))
            .onElements("ol")
            .allowAttributes("type")
            .matching(Pattern.compile("(?i)\\s*(disc|circle|square)\\s*"))
            .onElements("ul")
            .allowAttributes("colspan", "rowspan")
            .matching(NUMBER)
            .onElements("td", "th")
            .allowAttributes("scope")
            .matching(Pattern.compile("(?i)\\s*(row|col|rowgroup|colgroup)\\s*"))
            .onElements("th")
            .allowAttributes("span")
            .matching(NUMBER)
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
            .matching(HTTP_SOURCE)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            // An image whose source was refused is dropped whole rather than left as a broken box.
            .allowElements((element, attributes) -> has(attributes, "src") ? element : null, "img")
            // Relative and fragment URLs have no protocol and are allowed as they are.
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow");
    if (classes) {
      b.allowAttributes("class").globally();
    }
    if (media) {
      media(b);
    }
    return b.toFactory();
  }

  /**
   * Podfics and vids: audio and video from any http(s) address, always with controls (a player that
   * cannot be started is no use), and players from the allowed hosts only, over https and sandboxed
   * so that they cannot reach the page around them.
   */
  private static void media(HtmlPolicyBuilder b) {
    b.allowElements("audio", "video", "source", "track", "iframe")
        .allowAttributes("src")
        .matching(HTTP_SOURCE)
        .onElements("audio", "video", "source", "track")
        .allowAttributes("controls", "loop", "playsinline")
        .matching((element, attribute, value) -> attribute)
        .onElements("audio", "video")
        .allowAttributes("preload")
        .matching(Pattern.compile("(?i)none|metadata|auto"))
        .onElements("audio", "video")
        .allowAttributes("crossorigin")
        .matching(Pattern.compile("(?i)anonymous"))
        .onElements("audio", "video")
        .allowAttributes("width", "height")
        .matching(NUMBER)
        .onElements("video", "iframe")
        .allowAttributes("type")
        .matching(Pattern.compile("[\\w.+-]{1,40}/[\\w.+-]{1,60}"))
        .onElements("source")
        .allowAttributes("kind")
        .matching(Pattern.compile("(?i)subtitles|captions|descriptions|chapters|metadata"))
        .onElements("track")
        .allowAttributes("label")
        .onElements("track")
        .allowAttributes("srclang")
        .matching(Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}"))
        .onElements("track")
        .allowAttributes("default")
        .matching((element, attribute, value) -> attribute)
        .onElements("track")
        .allowElements(
            (element, attributes) -> {
              if (!has(attributes, "controls")) {
                attributes.add("controls");
                attributes.add("controls");
              }
              return element;
            },
            "audio",
            "video")
        .allowElements(
            (element, attributes) -> has(attributes, "src") ? element : null, "source", "track")
        .allowAttributes("src")
        .matching((element, attribute, value) -> MediaEmbeds.httpsSource(value))
        .onElements("iframe")
        .allowAttributes("title")
        .onElements("iframe")
        .allowAttributes("allowfullscreen")
        .matching((element, attribute, value) -> attribute)
        .onElements("iframe")
        .allowElements(
            (element, attributes) -> {
              if (!has(attributes, "src")) {
                return null;
              }
              // Players need their own scripts and origin; they get nothing of the page's.
              attributes.addAll(
                  List.of(
                      "sandbox",
                      "allow-scripts allow-same-origin allow-presentation allow-popups",
                      "loading",
                      "lazy",
                      "referrerpolicy",
                      "strict-origin-when-cross-origin"));
              return element;
            },
            "iframe");
  }

  private final Parser markdown =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final HtmlRenderer markdownHtml =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /** A chapter's body as safe, well-formed HTML with paragraphs from its blank lines. */
  String toSafeHtml(String body, ChapterFormat format) {
    return toSafeHtml(body, format, Field.CHAPTER);
  }

  /** Typed text for {@code field} as safe HTML, paragraphs made from blank lines. */
  String toSafeHtml(String body, ChapterFormat format, Field field) {
    String typed = LINE_ENDS.matcher(body).replaceAll("\n");
    Element root =
        switch (format) {
          case TEXT -> {
            Element r = Jsoup.parseBodyFragment("").body();
            r.appendChild(new TextNode(typed.strip()));
            yield r;
          }
          case MARKDOWN ->
              Jsoup.parseBodyFragment(markdownHtml.render(markdown.parse(typed))).body();
          case HTML -> Jsoup.parseBodyFragment(typed.strip()).body();
        };
    return sanitize(root, true, field, typed.length());
  }

  /**
   * Safe HTML for a summary or notes: like a chapter, but text typed without blank lines or block
   * tags stays as typed rather than being wrapped in {@code <p>}.
   */
  String toSafeFragment(String text, Field field) {
    String typed = LINE_ENDS.matcher(text).replaceAll("\n").strip();
    return sanitize(
        Jsoup.parseBodyFragment(typed).body(),
        BLOCK_TAG.matcher(typed).find(),
        field,
        typed.length());
  }

  private static final Pattern LINE_ENDS = Pattern.compile("\\r\\n?");

  private static boolean isHttpUrl(String url) {
    String u = url.strip();
    return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8);
  }

  private static boolean has(List<String> attributes, String name) {
    // Attributes come as name, value, name, value…
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One jsoup parse (the HTML5 algorithm, as a browser reads the text) feeds the allowlist as a
   * stream of well-nested elements, with paragraphs made on the way ({@link Paragraphs}); the
   * sanitizer's own lexer never sees the raw text. Each step is linear in its input: jsoup bounds
   * its formatting-element bookkeeping, the walk visits each node once and reopens at most {@link
   * Paragraphs#MAX_CARRIED} elements per paragraph, and elements nested deeper than {@link
   * Paragraphs#MAX_DEPTH} lose their tags on the way out (the sanitizer drops everything deeper
   * than 256, and messy pasted HTML, an unclosed {@code <b>} on every line, gets there). Unwrapping
   * them in the tree instead cost time in proportion to depth for each one: quadratic, 27 s for a
   * chapter of 160,000 {@code <b>}.
   */
  private static String sanitize(Element root, boolean flow, Field field, long typed) {
    StringBuilder out = new StringBuilder(256);
    HtmlSanitizer.Policy policy =
        field.policy.apply(
            HtmlStreamRenderer.create(out, ChapterText::ignore, ChapterText::ignore));
    policy.openDocument();
    Paragraphs.feed(root, policy, flow, field.media, typed);
    policy.closeDocument();
    return wellFormed(out.toString()).strip();
  }

  private static void ignore(Object problem) {
    // The renderer reports names it refuses to write; the allowlist never lets one through.
  }

  /** Normalizes through jsoup so every element is closed. */
  private static String wellFormed(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }
}
