package org.quire.works;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Replays a parsed tree (jsoup's reading of what was typed) as sanitizer events, making paragraphs
 * from blank lines as it goes, in one pass:
 *
 * <ul>
 *   <li>In a <em>flow</em> element (the text itself, {@code div}, {@code blockquote}, {@code
 *       details}, {@code center}) every run of text and inline elements becomes a paragraph, as
 *       writers paste prose with blank lines between paragraphs.
 *   <li>In a <em>cell</em> ({@code li}, {@code td}, {@code dd}, {@code figure}…, and a summary or
 *       note as a whole) text stays inline unless the cell has a blank line of its own: a list item
 *       typed on one line should not grow a paragraph.
 *   <li>A single line break is a {@code <br>}; a blank line ends the paragraph; two or more a scene
 *       break, kept as an empty paragraph. Line breaks next to block tags are layout, not text.
 *   <li>Inside an element whose content is phrasing ({@code p}, headings, {@code pre}, {@code
 *       summary}, links, ruby, media) nothing is changed: line breaks in a typed {@code <p>} are
 *       the HTML's own wrapping.
 *   <li>Formatting ({@code b}, {@code em}, {@code span}…) open across a blank line or around a
 *       block is closed and reopened inside the next paragraph or block with its attributes, so the
 *       output never has a block inside an inline element (EPUB needs valid XHTML). At most {@link
 *       #MAX_CARRIED} of them (the outermost) are reopened: text with thousands of unclosed tags
 *       would otherwise cost that many tags per paragraph, quadratic in the input.
 * </ul>
 *
 * <p>The walk stays linear: every element is opened once from the input plus at most {@link
 * #MAX_CARRIED} times per paragraph break or block, and each is closed once; elements nested deeper
 * than {@link #MAX_DEPTH} keep their text but lose their tags. Refused and unknown elements are
 * handled here too (unwrapped, or dropped with their content), so the policy only filters names and
 * attributes.
 */
final class Paragraphs implements NodeFilter {
  /** Deepest nesting passed to the sanitizer, safely below its limit of 256. */
  static final int MAX_DEPTH = 200;

  /** Open formatting elements reopened after a paragraph break or around a block. */
  static final int MAX_CARRIED = 20;

  /** Reopening allowed whatever the length of the text. */
  private static final long BUDGET_FLOOR = 10_000;

  /** Elements the output may have open at once (input depth, plus paragraphs and reopenings). */
  private static final int MAX_OPEN = 240;

  private enum Kind {
    FLOW,
    CELL,
    STRUCTURE,
    PHRASING_BLOCK,
    FORMAT,
    ATOMIC,
    VOID_INLINE,
    VOID_BLOCK,
    MEDIA,
    MEDIA_SOURCE,
    FRAME,
    DROP,
    TRANSPARENT
  }

  private static final Map<String, Kind> KINDS = kinds();

  private final HtmlStreamEventReceiver out;
  private final boolean media;
  private final Set<Element> paragraphedCells;
  private final ArrayDeque<Open> opened = new ArrayDeque<>();
  private final ArrayDeque<Visit> visits = new ArrayDeque<>();
  private final ArrayDeque<Container> containers = new ArrayDeque<>();
  private int phrasing;

  /**
   * Characters that reopened formatting may still add: as many as were typed, plus {@link
   * #BUDGET_FLOOR} so that short texts carry their formatting too.
   */
  private long budget;

  private int inMedia;

  private Paragraphs(
      HtmlStreamEventReceiver out,
      boolean media,
      boolean flowRoot,
      Set<Element> paragraphed,
      long budget) {
    this.out = out;
    this.budget = budget + BUDGET_FLOOR;
    this.media = media;
    this.paragraphedCells = paragraphed;
    containers.push(new Container(null, flowRoot, false, new ArrayList<>()));
  }

  /**
   * Feeds {@code root}'s content to {@code out}. A flow root always makes paragraphs (a chapter, a
   * comment); a cell root only when it has a blank line (a summary typed on one line stays as
   * typed). Media ({@code audio}, {@code video}, allowed {@code iframe}s) are kept only with {@code
   * media}.
   */
  static void feed(
      Element root, HtmlStreamEventReceiver out, boolean flowRoot, boolean media, long typed) {
    Set<Element> paragraphed = paragraphedCells(root, media);
    Paragraphs walk =
        new Paragraphs(out, media, flowRoot || paragraphed.contains(root), paragraphed, typed);
    NodeTraversor.filter(walk, root);
    walk.closeTo(null);
  }

  // --- the walk

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      text(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e) || depth == 0) {
      // Comments, doctypes and the raw text of scripts and styles (data nodes) are never shown.
      return FilterResult.CONTINUE;
    }
    Kind kind = kind(e, media);
    if (kind == Kind.DROP) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (depth > MAX_DEPTH || opened.size() >= MAX_OPEN) {
      if (kind == Kind.FRAME) {
        return FilterResult.SKIP_ENTIRELY;
      }
      kind = Kind.TRANSPARENT;
    }
    if (kind == Kind.PHRASING_BLOCK && e.nameIs("p") && e.childNodeSize() == 0) {
      // A stray </p> makes an empty paragraph, which shows nothing.
      kind = Kind.TRANSPARENT;
    }
    boolean phrasingMode = phrasing > 0 || containers.peek().structure;
    if (kind == Kind.FRAME) {
      if (!phrasingMode) {
        blockStart();
      }
      empty(e);
      if (!phrasingMode) {
        blockEnd();
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    Visit visit =
        switch (kind) {
          // Blocks inside a paragraph or a link lose their tags; in a list or table they are its
          // items and cells.
          case FLOW, CELL, STRUCTURE -> phrasing > 0 ? Visit.NONE : container(e, kind);
          case PHRASING_BLOCK -> phrasing > 0 ? Visit.NONE : phrasingBlock(e);
          case FORMAT -> phrasingMode ? phrasingElement(e, false, false) : format(e);
          case ATOMIC -> {
            if (!phrasingMode) {
              inlineStart();
            }
            yield phrasingElement(e, false, false);
          }
          case MEDIA -> {
            if (!phrasingMode) {
              blockStart();
            }
            yield phrasingElement(e, !phrasingMode, true);
          }
          case VOID_INLINE -> {
            if (!phrasingMode) {
              inlineStart();
              containers.peek().afterBreak = e.nameIs("br");
            }
            empty(e);
            yield Visit.NONE;
          }
          case VOID_BLOCK -> {
            if (!phrasingMode) {
              blockStart();
              empty(e);
              blockEnd();
            } else if (e.nameIs("col")) {
              empty(e);
            }
            yield Visit.NONE;
          }
          case MEDIA_SOURCE -> {
            if (inMedia > 0) {
              empty(e);
            }
            yield Visit.NONE;
          }
          case FRAME, DROP, TRANSPARENT -> Visit.NONE;
        };
    visits.push(visit);
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element) || depth == 0) {
      return FilterResult.CONTINUE;
    }
    Visit visit = visits.pop();
    if (visit.container != null) {
      containers.pop();
      closeTo(visit.container.frame);
      close();
      blockEnd();
    } else if (visit.format != null) {
      Open open = visit.format.open;
      if (open != null) {
        closeTo(open);
        close();
      }
      List<Format> formats = containers.peek().formats;
      formats.remove(formats.size() - 1);
    } else if (visit.open != null) {
      closeTo(visit.open);
      close();
      phrasing--;
      if (visit.isMedia) {
        inMedia--;
      }
      if (visit.block) {
        blockEnd();
      }
    }
    return FilterResult.CONTINUE;
  }

  private Visit container(Element e, Kind kind) {
    Container parent = containers.peek();
    blockStart();
    Open frame = open(e.normalName(), attributes(e), null);
    if (frame == null) {
      return Visit.NONE;
    }
    List<Format> carried = parent.formats;
    Container c =
        new Container(
            frame,
            kind == Kind.FLOW || paragraphedCells.contains(e),
            kind == Kind.STRUCTURE,
            new ArrayList<>(carried.subList(0, Math.min(MAX_CARRIED, carried.size()))));
    containers.push(c);
    return new Visit(null, null, c, false, false);
  }

  /**
   * A paragraph or heading typed as such: its content is left as typed, inside the carried
   * formatting.
   */
  private Visit phrasingBlock(Element e) {
    blockStart();
    Open frame = open(e.normalName(), attributes(e), null);
    if (frame == null) {
      return Visit.NONE;
    }
    reopenCarried();
    phrasing++;
    return new Visit(frame, null, null, true, false);
  }

  /** An element whose content is left as typed: a link, ruby, a player, or any inside those. */
  private Visit phrasingElement(Element e, boolean block, boolean isMedia) {
    Open open = open(e.normalName(), attributes(e), null);
    if (open == null) {
      return Visit.NONE;
    }
    phrasing++;
    if (isMedia) {
      inMedia++;
    }
    return new Visit(open, null, null, block, isMedia);
  }

  /**
   * Formatting inside a paragraph opens at once; at the start of one it waits for the paragraph's
   * first content, to be opened with what is carried (so that {@code <em><h2>} gives no empty
   * paragraph before the heading).
   */
  private Visit format(Element e) {
    Container c = containers.peek();
    Format f = new Format(e.normalName(), attributes(e));
    if (c.run) {
      inlineStart();
      open(f.name, f.attributes, f);
    }
    c.formats.add(f);
    return new Visit(null, f, null, false, false);
  }

  // --- text

  /** Splits text at its runs of white space that hold line breaks; counts them. */
  private void text(String s) {
    Container c = containers.peek();
    if (phrasing > 0 || c.structure) {
      out.text(s);
      return;
    }
    int start = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!whitespace(s.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      int newlines = 0;
      while (i < n && whitespace(s.charAt(i))) {
        if (s.charAt(i) == '\n') {
          newlines++;
        }
        i++;
      }
      if (newlines > 0) {
        inlineText(s.substring(start, runStart));
        c.breaks += newlines;
        start = i;
      }
    }
    inlineText(s.substring(start));
  }

  private void inlineText(String s) {
    if (s.isEmpty()) {
      return;
    }
    Container c = containers.peek();
    if (s.isBlank() && (!c.run || c.breaks > 0)) {
      // Spaces next to a block or a line break are layout.
      return;
    }
    inlineStart();
    c.afterBreak = false;
    out.text(s);
  }

  /** Before inline content: the line breaks waiting before it, then a paragraph if needed. */
  private void inlineStart() {
    Container c = containers.peek();
    int breaks = c.breaks;
    c.breaks = 0;
    boolean split = false;
    if (c.run && breaks == 1) {
      if (!c.afterBreak) {
        empty("br");
      }
      out.text("\n");
    } else if (c.run && breaks > 1 && c.paragraphs) {
      closeRun();
      split = true;
      out.text("\n");
      if (breaks > 2) {
        // A scene break: AO3 keeps it as an empty paragraph.
        open("p", List.of(), null);
        out.text("\u00a0");
        close();
        out.text("\n");
      }
    } else if (c.run && breaks > 1) {
      // A cell without paragraphs of its own meets one (across a comment, say): two line breaks.
      empty("br");
      empty("br");
      out.text("\n");
    }
    c.afterBreak = false;
    if (!c.run) {
      if (breaks > 0 && c.wrote && !split) {
        out.text("\n");
      }
      c.run = true;
      c.wrote = true;
      if (c.paragraphs) {
        open("p", List.of(), null);
      }
      reopenCarried();
    }
  }

  /**
   * Reopens the formatting still open in the input: the outermost {@link #MAX_CARRIED}, each look
   * (name and attributes) once, for as long as {@link #budget} lasts. Reopening copies tags, so
   * without the budget a long attribute on one unclosed element, or twenty of them, would be copied
   * into every paragraph that follows: output many times the size of what was typed.
   */
  private void reopenCarried() {
    List<Format> formats = containers.peek().formats;
    int n = Math.min(MAX_CARRIED, formats.size());
    Format[] reopened = new Format[n];
    int count = 0;
    outer:
    for (int i = 0; i < n; i++) {
      Format f = formats.get(i);
      if (f.open != null) {
        continue;
      }
      for (int j = 0; j < count; j++) {
        if (reopened[j].sameLook(f)) {
          continue outer;
        }
      }
      if (f.cost > budget) {
        return;
      }
      budget -= f.cost;
      open(f.name, f.attributes, f);
      reopened[count++] = f;
    }
  }

  /** Before a block: line breaks next to it are dropped and the open paragraph is closed. */
  private void blockStart() {
    Container c = containers.peek();
    closeRun();
    if (c.breaks > 0 && c.wrote) {
      // One line break kept between blocks, for whoever reads the HTML.
      out.text("\n");
    }
    c.breaks = 0;
  }

  /** After a block: what follows starts a new paragraph. */
  private void blockEnd() {
    Container c = containers.peek();
    c.run = false;
    c.breaks = 0;
    c.afterBreak = false;
    c.wrote = true;
  }

  private void closeRun() {
    Container c = containers.peek();
    if (c.run) {
      closeTo(c.frame);
      c.run = false;
      c.afterBreak = false;
    }
  }

  // --- the output stack

  private @Nullable Open open(String name, List<String> attributes, @Nullable Format format) {
    if (opened.size() >= MAX_OPEN) {
      return null;
    }
    out.openTag(name, new ArrayList<>(attributes));
    Open o = new Open(name, format);
    opened.push(o);
    if (format != null) {
      format.open = o;
    }
    return o;
  }

  private void close() {
    Open o = opened.pop();
    out.closeTag(o.name);
    if (o.format != null) {
      o.format.open = null;
    }
  }

  /** Closes what is open above {@code frame} (everything when null); frame stays open. */
  private void closeTo(@Nullable Open frame) {
    while (!opened.isEmpty() && opened.peek() != frame) {
      close();
    }
  }

  private void empty(String name) {
    out.openTag(name, new ArrayList<>());
    out.closeTag(name);
  }

  private void empty(Element e) {
    out.openTag(e.normalName(), attributes(e));
    out.closeTag(e.normalName());
  }

  private static List<String> attributes(Element e) {
    List<String> attributes = new ArrayList<>(e.attributesSize() * 2);
    for (Attribute a : e.attributes()) {
      attributes.add(a.getKey());
      attributes.add(a.getValue());
    }
    return attributes;
  }

  private static boolean whitespace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  // --- which cells hold a blank line

  /**
   * The cells (and the root) with a blank line in their own text, not inside a nested block or
   * phrasing element: those make paragraphs. One pass, before the walk.
   */
  private static Set<Element> paragraphedCells(Element root, boolean media) {
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Element> governing = new ArrayDeque<>();
    Element none = new Element("none");
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              Element cell = governing.isEmpty() ? root : governing.peek();
              if (cell != none && !found.contains(cell) && blankLine(t.getWholeText())) {
                found.add(cell);
              }
            } else if (node instanceof Element e && depth > 0) {
              Kind kind = kind(e, media);
              if (kind == Kind.DROP) {
                return FilterResult.SKIP_ENTIRELY;
              }
              governing.push(
                  switch (kind) {
                    case CELL -> e;
                    case FLOW, STRUCTURE, PHRASING_BLOCK, ATOMIC, MEDIA -> none;
                    default -> governing.isEmpty() ? root : governing.peek();
                  });
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element && depth > 0) {
              governing.pop();
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return found;
  }

  private static boolean blankLine(String s) {
    int newlines = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        if (++newlines == 2) {
          return true;
        }
      } else if (!whitespace(c)) {
        newlines = 0;
      }
    }
    return false;
  }

  // --- element kinds

  private static Kind kind(Element e, boolean media) {
    Kind kind = KINDS.getOrDefault(e.normalName(), Kind.TRANSPARENT);
    if (!media && kind == Kind.FRAME) {
      return Kind.DROP;
    }
    if (!media && (kind == Kind.MEDIA || kind == Kind.MEDIA_SOURCE)) {
      // Without media, a player's fallback text is what is left of it.
      return Kind.TRANSPARENT;
    }
    return kind;
  }

  private static Map<String, Kind> kinds() {
    Map<String, Kind> kinds = new java.util.HashMap<>();
    put(kinds, Kind.FLOW, "div", "blockquote", "center", "details");
    put(kinds, Kind.CELL, "li", "dd", "dt", "td", "th", "caption", "figure", "figcaption");
    put(kinds, Kind.CELL, "address");
    put(kinds, Kind.STRUCTURE, "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr");
    put(kinds, Kind.STRUCTURE, "colgroup");
    put(kinds, Kind.PHRASING_BLOCK, "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "summary");
    put(kinds, Kind.FORMAT, "b", "i", "em", "strong", "u", "s", "small", "big", "code", "strike");
    put(kinds, Kind.FORMAT, "sup", "sub", "del", "ins", "q", "cite", "kbd", "samp", "var", "dfn");
    put(kinds, Kind.FORMAT, "abbr", "acronym", "span", "tt");
    put(kinds, Kind.ATOMIC, "a", "ruby", "rt", "rp", "rb");
    put(kinds, Kind.VOID_INLINE, "br", "img");
    put(kinds, Kind.VOID_BLOCK, "hr", "col");
    put(kinds, Kind.MEDIA, "audio", "video");
    put(kinds, Kind.MEDIA_SOURCE, "source", "track");
    put(kinds, Kind.FRAME, "iframe");
    // Content no reader would see: code, styles, plugins' fallbacks, templates, foreign markup.
    put(kinds, Kind.DROP, "script", "style", "object", "applet", "template", "noscript", "embed");
    put(kinds, Kind.DROP, "svg", "math", "noembed", "noframes", "xmp", "textarea", "select");
    put(kinds, Kind.DROP, "head", "title", "base", "link", "meta");
    return Map.copyOf(kinds);
  }

  private static void put(Map<String, Kind> kinds, Kind kind, String... names) {
    for (String name : names) {
      kinds.put(name, kind);
    }
  }

  // --- state

  /** An element the output has open; a reopened formatting element points at its input. */
  private static final class Open {
    final String name;
    final @Nullable Format format;

    Open(String name, @Nullable Format format) {
      this.name = name;
      this.format = format;
    }
  }

  /** A formatting element of the input, open in the output ({@code open}) or waiting to be. */
  private static final class Format {
    final String name;
    final List<String> attributes;

    /** About what reopening it writes: its start and end tags. */
    final int cost;

    @Nullable Open open;

    Format(String name, List<String> attributes) {
      this.name = name;
      this.attributes = attributes;
      int c = 2 * name.length() + 5;
      for (String a : attributes) {
        c += a.length() + 2;
      }
      this.cost = c;
    }

    boolean sameLook(Format other) {
      return cost == other.cost && name.equals(other.name) && attributes.equals(other.attributes);
    }
  }

  /** A flow, cell or table/list structure, with the formatting open inside it. */
  private static final class Container {
    final @Nullable Open frame;
    final boolean paragraphs;
    final boolean structure;
    final List<Format> formats;

    /** Inline content written since the last block or paragraph break. */
    boolean run;

    /** Line breaks seen and not yet written. */
    int breaks;

    /** Something was written in it: a line break before the next block is kept. */
    boolean wrote;

    /** The last thing written was a br. */
    boolean afterBreak;

    Container(@Nullable Open frame, boolean paragraphs, boolean structure, List<Format> formats) {
      this.frame = frame;
      this.paragraphs = paragraphs;
      this.structure = structure;
      this.formats = formats;
    }
  }

  /** What visiting an input element did, to undo at its end tag. */
  private record Visit(
      @Nullable Open open,
      @Nullable Format format,
      @Nullable Container container,
      boolean block,
      boolean isMedia) {
    static final Visit NONE = new Visit(null, null, null, false, false);
  }
}
