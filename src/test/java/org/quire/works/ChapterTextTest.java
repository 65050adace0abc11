package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;

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
  void linksAreNofollowAndOnlySafeUrlsSurvive() {
    assertThat(html("<p><a href=\"https://example.org/x\">link</a></p>"))
        .contains("href=\"https://example.org/x\"", "rel=\"nofollow\"");
    assertThat(html("<p><a href=\"javascript:alert(1)\">bad</a></p>"))
        .doesNotContain("javascript")
        .contains("bad");
  }

  @Test
  void imagesOnlyOverHttp() {
    assertThat(html("<p><img src=\"https://example.org/a.png\" alt=\"A\"></p>"))
        .contains("<img src=\"https://example.org/a.png\" alt=\"A\"");
    assertThat(html("<p>x<img src=\"data:image/png;base64,AAAA\"><img src=\"javascript:x\"></p>"))
        .isEqualTo("<p>x</p>");
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
  }

  @Test
  void plainTextBlankLinesBecomeParagraphs() {
    assertThat(
            text.toSafeHtml("First line\nsame paragraph\n\nSecond a < b & c", ChapterFormat.TEXT))
        .isEqualTo("<p>First line<br>\nsame paragraph</p>\n<p>Second a &lt; b &amp; c</p>");
  }

  @Test
  void summariesTypedAsOneParagraphStayAsTyped() {
    assertThat(text.toSafeFragment("A storm comes. Don't \"panic\"."))
        .isEqualTo("A storm comes. Don't \"panic\".");
    assertThat(text.toSafeFragment("Tom & <b>Jerry</b><script>x</script>"))
        .isEqualTo("Tom &amp; <b>Jerry</b>");
    assertThat(text.toSafeFragment("One\n\nTwo")).isEqualTo("<p>One</p>\n<p>Two</p>");
  }

  @Test
  void htmlWithoutBlocksIsTreatedAsParagraphs() {
    assertThat(html("One <em>two</em>\n\nThree"))
        .isEqualTo("<p>One <em>two</em></p>\n<p>Three</p>");
  }
}
