package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quire.works.ChapterText.Field.PLAIN;

import org.junit.jupiter.api.Test;

class ChapterTextTest {
  private final ChapterText text = new ChapterText();

  private String html(String input) {
    return text.toSafeHtml(input, ChapterFormat.HTML);
  }

  @Test
  void scriptsAreRemovedAndTheRestKept() {
    String out = html("<p>Hello<script>alert(1)</script> world</p>");
    assertThat(out).contains("Hello", " world").doesNotContain("script", "alert");
    assertThat(html("<p onclick=\"steal()\">Hi there</p>")).isEqualTo("<p>Hi there</p>");
    assertThat(html("<p>a<style>p{color:red}</style>b</p><iframe src=\"https://x.org\"></iframe>"))
        .isEqualTo("<p>ab</p>");
    assertThat(html("<p style=\"color:red\" class=\"note\">styled</p>"))
        .isEqualTo("<p class=\"note\">styled</p>");
  }

  @Test
  void dangerousElementsGoWithTheirContentOthersAreUnwrapped() {
    assertThat(html("<p>a<iframe src=\"https://x.org\">inner</iframe>b</p>"))
        .isEqualTo("<p>ab</p>");
    assertThat(html("<p>a<object data=\"x.swf\"><p>fallback</p></object>b</p>"))
        .isEqualTo("<p>ab</p>");
    assertThat(html("<p>a<embed src=\"https://x.org/y\">b</p>")).isEqualTo("<p>ab</p>");
    assertThat(html("<p>a<template><b>t</b></template>b</p>")).isEqualTo("<p>ab</p>");
    assertThat(html("<p><foo>unknown</foo> <blink>tags</blink></p>"))
        .isEqualTo("<p>unknown tags</p>");
    assertThat(html("<p>a<svg><script>alert(1)</script></svg>b</p>")).isEqualTo("<p>ab</p>");
  }

  @Test
  void oddInputIsClosedAndNeverThrows() {
    assertThat(html("<p>unclosed <b>bold <i>it"))
        .isEqualTo("<p>unclosed <b>bold <i>it</i></b></p>");
    assertThat(html("<<<>>>&&&")).isEqualTo("<p>&lt;&lt;&lt;&gt;&gt;&gt;&amp;&amp;&amp;</p>");
    assertThat(html("")).isEmpty();
    assertThat(html("</p></div><p>x</object>")).isEqualTo("<p>x</p>");
    // Nested deeper than the sanitizer's limit: formatting is flattened, text is kept.
    assertThat(text.toSafeHtml("<div>".repeat(2_000) + "deep", ChapterFormat.MARKDOWN))
        .contains("deep");
    String unclosed = html("<p>x</p>" + "<b>w ".repeat(400) + "end");
    assertThat(unclosed)
        .endsWith("end" + "</b>".repeat(unclosed.split("<b>", -1).length - 1) + "</p>");
    assertThat(unclosed.split("w ", -1)).hasSize(401);
  }

  @Test
  void linksAreNofollowAndOnlySafeUrlsSurvive() {
    assertThat(html("<p><a href=\"https://example.org/x\">link</a></p>"))
        .contains("href=\"https://example.org/x\"", "rel=\"nofollow\"");
    assertThat(html("<p><a href=\"javascript:alert(1)\">bad</a></p>"))
        .doesNotContain("javascript")
        .contains("bad");
    assertThat(html("<p><a href=\"data:text/html,x\">data</a></p>")).isEqualTo("<p>data</p>");
    assertThat(html("<p><a href=\"https://a.org\" target=\"_blank\">t</a></p>"))
        .isEqualTo("<p><a href=\"https://a.org\" rel=\"nofollow\">t</a></p>");
    assertThat(html("<p><a href=\"#fn1\">1</a> <a href=\"/works/2\">w</a></p>"))
        .contains("href=\"#fn1\"", "href=\"/works/2\"");
    // Footnote anchors keep their name; ids are dropped so they cannot clash with the page's.
    assertThat(html("<p><a name=\"fn1\" id=\"body-error\">1</a></p>"))
        .isEqualTo("<p><a name=\"fn1\">1</a></p>");
    assertThat(html("<p><a href=\"mailto:me@example.org\">mail</a></p>"))
        .contains("href=\"mailto:me@example.org\"");
  }

  @Test
  void imagesOnlyOverHttp() {
    assertThat(html("<p><img src=\"https://example.org/a.png\" alt=\"A\"></p>"))
        .contains("<img src=\"https://example.org/a.png\" alt=\"A\"");
    assertThat(html("<p>x<img src=\"data:image/png;base64,AAAA\"><img src=\"javascript:x\"></p>"))
        .isEqualTo("<p>x</p>");
    assertThat(html("<p>x<img src=\"/local.png\" alt=\"r\"><img alt=\"no source\"></p>"))
        .isEqualTo("<p>x</p>");
    assertThat(
            html("<p><img src=\"https://e.org/b.png\" width=\"10\" height=\"20\" title=\"t\"></p>"))
        .contains("width=\"10\"", "height=\"20\"", "title=\"t\"");
  }

  @Test
  void storyStructuresAreKept() {
    String input =
        "<details><summary>Spoiler</summary><p>Hidden</p></details>"
            + "<ruby>漢<rt>kan</rt></ruby>"
            + "<table><tr><th>A</th></tr><tr><td>1</td></tr></table>"
            + "<blockquote><p>Quote</p></blockquote><h2>Part</h2><ol start=\"3\"><li>x</li></ol>";
    String out = html(input);
    assertThat(out)
        .contains("<details><summary>Spoiler</summary><p>Hidden</p></details>")
        .contains("<ruby>漢<rt>kan</rt></ruby>")
        .contains(
            "<th>A</th>", "<td>1</td>", "<blockquote><p>Quote</p></blockquote>", "<h2>Part</h2>")
        .contains("<ol start=\"3\">");
  }

  @Test
  void markdownBecomesSafeHtml() {
    assertThat(text.toSafeHtml("Some **bold** and *soft* text.", ChapterFormat.MARKDOWN))
        .contains("<strong>bold</strong>", "<em>soft</em>");
    assertThat(text.toSafeHtml("Hi <script>alert(1)</script>\n\nthere", ChapterFormat.MARKDOWN))
        .doesNotContain("script", "alert")
        .contains("there");
    assertThat(
            text.toSafeHtml(
                "[x](javascript:alert(1)) <b onclick=\"x()\">b</b>", ChapterFormat.MARKDOWN))
        .isEqualTo("<p>x <b>b</b></p>");
    assertThat(text.toSafeHtml("| A | B |\n|---|---|\n| 1 | 2 |", ChapterFormat.MARKDOWN))
        .contains("<table>", "<th>A</th>", "<td>2</td>");
  }

  @Test
  void plainTextBlankLinesBecomeParagraphs() {
    assertThat(
            text.toSafeHtml("First line\nsame paragraph\n\nSecond a < b & c", ChapterFormat.TEXT))
        .isEqualTo("<p>First line<br>\nsame paragraph</p>\n<p>Second a &lt; b &amp; c</p>");
    // Several blank lines, or lines of spaces, keep a gap (a scene break); Windows line ends work.
    assertThat(text.toSafeHtml("One\r\n  \r\n\r\nTwo <b>not bold</b>", ChapterFormat.TEXT))
        .isEqualTo("<p>One</p>\n<p>&nbsp;</p>\n<p>Two &lt;b&gt;not bold&lt;/b&gt;</p>");
  }

  @Test
  void formatsAreParsedLeniently() {
    assertThat(ChapterFormat.parse(null)).isEqualTo(ChapterFormat.HTML);
    assertThat(ChapterFormat.parse("  ")).isEqualTo(ChapterFormat.HTML);
    assertThat(ChapterFormat.parse("Markdown")).isEqualTo(ChapterFormat.MARKDOWN);
    assertThat(ChapterFormat.parse("TEXT")).isEqualTo(ChapterFormat.TEXT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChapterFormat.parse("rtf"))
        .withMessageContaining("html, markdown or text");
  }

  @Test
  void summariesTypedAsOneParagraphStayAsTyped() {
    assertThat(text.toSafeFragment("A storm comes. Don't \"panic\".", PLAIN))
        .isEqualTo("A storm comes. Don't \"panic\".");
    assertThat(text.toSafeFragment("Tom & <b>Jerry</b><script>x</script>", PLAIN))
        .isEqualTo("Tom &amp; <b>Jerry</b>");
    assertThat(text.toSafeFragment("One\n\nTwo", PLAIN)).isEqualTo("<p>One</p>\n<p>Two</p>");
  }
}
