package org.quire.downloads;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.tags.TagType;
import org.quire.works.ChapterView;
import org.quire.works.WorkView;

/**
 * The work as plain text: the same title page (tags by type, language, stats, summary, notes), then
 * each chapter under its heading, paragraphs separated by blank lines, and the afterword.
 */
final class TextWriter {
  private static final String RULE = "=".repeat(40);

  private TextWriter() {}

  static String write(Book book) {
    WorkView w = book.work();
    StringBuilder out = new StringBuilder();
    out.append(w.title()).append('\n');
    out.append("by ").append(String.join(", ", w.creators())).append("\n\n");
    out.append("Posted on Quire at ").append(book.workUrl()).append("\n\n");
    for (TagType type : TagType.values()) {
      List<String> names = w.tags(type);
      if (!names.isEmpty()) {
        out.append(BookHtml.label(type, names.size()))
            .append(": ")
            .append(String.join(", ", names))
            .append('\n');
      }
    }
    out.append("Language: ").append(w.languageName()).append('\n');
    out.append("Stats: ").append(String.join(", ", BookHtml.stats(w))).append("\n");
    section(out, "Summary", w.summary());
    section(out, "Notes", w.notes());
    for (ChapterView chapter : book.chapters()) {
      out.append('\n').append(RULE).append('\n');
      out.append(book.heading(chapter)).append('\n');
      out.append(RULE).append('\n');
      section(out, "Chapter Summary", chapter.summary());
      section(out, "Chapter Notes", chapter.notes());
      out.append('\n').append(text(chapter.body())).append('\n');
      section(out, "Chapter End Notes", chapter.endNotes());
    }
    out.append('\n').append(RULE).append("\nAfterword\n").append(RULE).append('\n');
    section(out, "End Notes", w.endNotes());
    out.append("\nLeave kudos or a comment for the creator at ")
        .append(book.workUrl())
        .append(".\n");
    return out.toString();
  }

  private static void section(StringBuilder out, String heading, String html) {
    if (!html.isBlank()) {
      out.append('\n').append(heading).append(":\n\n").append(text(html)).append('\n');
    }
  }

  /** Sanitized HTML as text: blocks separated by blank lines, line breaks kept. */
  static String text(String html) {
    StringBuilder out = new StringBuilder();
    Element body = Jsoup.parseBodyFragment(html).body();
    append(body, out, false);
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static void append(Node node, StringBuilder out, boolean pre) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        String s = pre ? text.getWholeText() : text.text();
        if (!pre && s.isBlank()) {
          if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
          }
          continue;
        }
        out.append(s);
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "br" -> out.append('\n');
          case "hr" -> out.append("\n\n* * *\n\n");
          case "img" -> out.append("[Image").append(alt(e)).append(']');
          // A player in a text file: where to find what it plays.
          case "audio", "video", "iframe" -> out.append(media(e));
          case "li" -> {
            out.append("\n- ");
            append(e, out, pre);
          }
          default -> {
            boolean block = e.isBlock() || tag.equals("pre");
            if (block) {
              out.append("\n\n");
            }
            append(e, out, pre || tag.equals("pre"));
            if (block) {
              out.append("\n\n");
            }
          }
        }
      }
    }
  }

  private static String media(Element e) {
    Element source = e.selectFirst("source[src]");
    String src = e.hasAttr("src") ? e.attr("src") : source == null ? "" : source.attr("src");
    String kind =
        switch (e.normalName()) {
          case "audio" -> "Audio";
          case "video" -> "Video";
          default -> "Embedded media";
        };
    return "[" + kind + (src.isBlank() ? "" : ": " + src) + "]";
  }

  private static String alt(Element img) {
    return img.attr("alt").isBlank() ? "" : ": " + img.attr("alt");
  }
}
