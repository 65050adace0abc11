package org.quire.works;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quire.listings.HtmlText;

/**
 * The worst chapter bodies an attacker can post within the body limit ({@link WorkRules#BODY_MAX}
 * characters): thousands of unclosed, misnested or deeply nested elements, runs of characters the
 * parsers treat specially, and Markdown built to make its inline parser backtrack. Each runs the
 * whole of what saving and indexing does with a body: sanitizing, counting words and extracting the
 * indexed text. Compare with {@code prose}, an ordinary story of the same length: every shape
 * should cost within a small multiple of it, and doubling {@code chars} should double the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HostileTextBenchmark {
  @Param({
    "prose",
    "unclosedBold",
    "unclosedItalicText",
    "misnestedInline",
    "distinctFormattingThenParagraphs",
    "nestedDivs",
    "nestedLists",
    "nestedTables",
    "nestedLinks",
    "nestedQuotes",
    "bareAmpersands",
    "bareLessThan",
    "manyAttributes",
    "blankLines",
    "carriedBold",
    "carriedMixed",
    "carriedDistinct",
    "carriedLongAttribute",
    "paragraphsInCells",
    "markdownBrackets",
    "markdownEmphasis",
    "markdownBackticks",
    "markdownQuotes"
  })
  public String shape;

  /** Characters typed; the default is the body limit. */
  @Param({"510000"})
  public int chars;

  private final ChapterText chapterText = new ChapterText();
  private ChapterFormat format;
  private String typed;

  @Setup
  public void setUp() {
    format = shape.startsWith("markdown") ? ChapterFormat.MARKDOWN : ChapterFormat.HTML;
    typed =
        switch (shape) {
          case "prose" -> prose();
          case "unclosedBold" -> fill("<b>");
          case "unclosedItalicText" -> fill("<i>x");
          case "misnestedInline" -> fill("<b>x<i>y</b>z</i>");
          case "distinctFormattingThenParagraphs" -> distinctFormattingThenParagraphs();
          case "nestedDivs" -> fill("<div>");
          case "nestedLists" -> fill("<ul><li>");
          case "nestedTables" -> fill("<table><tr><td>");
          case "nestedLinks" -> fill("<a href=\"#x\">");
          case "nestedQuotes" -> fill("<blockquote><q>");
          case "bareAmpersands" -> fill("&");
          case "bareLessThan" -> fill("<");
          case "manyAttributes" -> "<p " + fill("a ").substring(4) + ">";
          case "blankLines" -> fill("x\n\n");
          // Formatting left open across blank lines is reopened in every later paragraph.
          case "carriedBold" -> fill("<b>x\n\n");
          case "carriedMixed" -> fill("<i>a\n\n<b>b\n\n");
          case "carriedDistinct" -> carriedDistinct();
          case "carriedLongAttribute" ->
              "<span title=\"" + "a".repeat(2_000) + "\">" + fill("x\n\n").substring(2_020);
          case "paragraphsInCells" -> fill("<li>x\n\n<b>");
          case "markdownBrackets" -> fill("[");
          case "markdownEmphasis" -> fill("*a**");
          case "markdownBackticks" -> fill("`a``");
          case "markdownQuotes" -> fill(">");
          default -> throw new IllegalArgumentException("No shape " + shape);
        };
  }

  /** Saving the body: safe HTML, its word count, and the text the index analyses. */
  @Benchmark
  public int save() {
    String html = chapterText.toSafeHtml(typed, format);
    return WordCounter.count(html) + HtmlText.of(html).length();
  }

  private String prose() {
    String story = SampleChapters.html(chars / 4, 7);
    return story.substring(0, Math.min(chars, story.length()));
  }

  private String fill(String unit) {
    return unit.repeat(chars / unit.length());
  }

  /** More distinct formatting elements than are carried, open over every paragraph. */
  private String carriedDistinct() {
    StringBuilder out = new StringBuilder(chars);
    for (int i = 0; i < 40; i++) {
      out.append("<span title=").append(i).append('>');
    }
    while (out.length() + 3 <= chars) {
      out.append("x\n\n");
    }
    return out.toString();
  }

  /**
   * Formatting elements that differ in an attribute escape the HTML5 parser's limit of three
   * identical ones, and every paragraph after them asks the parser to reopen them all.
   */
  private String distinctFormattingThenParagraphs() {
    StringBuilder out = new StringBuilder(chars);
    for (int i = 0; out.length() < chars / 2; i++) {
      out.append("<b title=").append(i).append('>');
    }
    while (out.length() + 4 <= chars) {
      out.append("<p>x");
    }
    return out.toString();
  }
}
