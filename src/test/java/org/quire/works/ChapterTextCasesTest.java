package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quire.works.ChapterText.Field;

/**
 * The sanitizer's rules as a table: what a writer types (HTML, in a chapter unless the case says
 * otherwise) and the HTML stored. AO3's behaviour (otwarchive's html_cleaner and paragraph maker)
 * is the reference; docs/architecture.md lists where Quire differs on purpose.
 */
class ChapterTextCasesTest {
  private final ChapterText text = new ChapterText();

  static Stream<Arguments> chapters() {
    return Stream.of(
        // Blank lines make paragraphs everywhere text is typed, also inside blocks.
        cases("One <em>two</em>\n\nThree", "<p>One <em>two</em></p>\n<p>Three</p>"),
        cases("One\nline\n\nTwo", "<p>One<br>\nline</p>\n<p>Two</p>"),
        cases("One\r\n\r\nTwo", "<p>One</p>\n<p>Two</p>"),
        cases("<p>One</p>\n\nTwo", "<p>One</p>\n<p>Two</p>"),
        cases("<div class=\"x\">one\n\ntwo</div>", "<div class=\"x\"><p>one</p>\n<p>two</p></div>"),
        cases("<blockquote>q1\n\nq2</blockquote>", "<blockquote><p>q1</p>\n<p>q2</p></blockquote>"),
        cases(
            "<details><summary>S</summary>a\n\nb</details>",
            "<details><summary>S</summary><p>a</p>\n<p>b</p></details>"),
        cases(
            "<ul>\n<li>one</li>\n<li>two\n\nthree</li>\n</ul>",
            "<ul>\n<li>one</li>\n<li><p>two</p>\n<p>three</p></li>\n</ul>"),
        cases(
            "<table><tr><td>a\n\nb</td><td>c\nd</td></tr></table>",
            "<table><tbody><tr><td><p>a</p>\n<p>b</p></td><td>c<br>\nd</td></tr></tbody></table>"),
        // Two or more blank lines keep a visible gap (a scene break).
        cases("one\n\n\ntwo", "<p>one</p>\n<p>&nbsp;</p>\n<p>two</p>"),
        cases("one\n \n\t\n\n\ntwo", "<p>one</p>\n<p>&nbsp;</p>\n<p>two</p>"),
        // A typed paragraph is left as typed: its line breaks are the HTML's own wrapping.
        cases("<p>a\nb\n\nc</p>", "<p>a\nb\n\nc</p>"),
        cases("line one<br>\nline two", "<p>line one<br>\nline two</p>"),
        cases("a\n<b>b</b>\n<i>c</i>", "<p>a<br>\n<b>b</b><br>\n<i>c</i></p>"),
        cases("a\n\n<b>b</b>", "<p>a</p>\n<p><b>b</b></p>"),
        cases("<p>One</p>\n<p>Two</p>\n", "<p>One</p>\n<p>Two</p>"),
        // Formatting spanning a blank line carries into the next paragraph, with its attributes.
        cases("<b>a\n\nb</b> c", "<p><b>a</b></p>\n<p><b>b</b> c</p>"),
        cases(
            "<i class=\"a\">a\n\n<b>b\n\nc</b></i>",
            "<p><i class=\"a\">a</i></p>\n<p><i class=\"a\"><b>b</b></i></p>\n"
                + "<p><i class=\"a\"><b>c</b></i></p>"),
        cases(
            "<span title=\"t\"><sup>1\n\n2</sup></span>",
            "<p><span title=\"t\"><sup>1</sup></span></p>\n<p><span title=\"t\"><sup>2</sup></span></p>"),
        // Never a block inside an inline element: the formatting goes inside the block.
        cases("<b>a<div>x</div>b</b>", "<p><b>a</b></p><div><p><b>x</b></p></div><p><b>b</b></p>"),
        cases("<em><h2>Title</h2></em>", "<h2><em>Title</em></h2>"),
        cases("<h2>a<div>b</div></h2>", "<h2>ab</h2>"),
        // A link is one piece: its text is not split into paragraphs.
        cases("<a href=\"#n\">a\n\nb</a>", "<p><a href=\"#n\" rel=\"nofollow\">a\n\nb</a></p>"),
        // Tables survive end tags left out, with the attributes AO3 keeps (numbers, keywords).
        cases(
            "<table><colgroup><col width=\"50%\"><col span=\"2\"></colgroup><thead><tr><th>a<th>b"
                + "<tbody><tr><td>1<td>2<tr><td>3<td>4</table>",
            "<table><colgroup><col width=\"50%\"><col span=\"2\"></colgroup><thead><tr><th>a</th>"
                + "<th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td>"
                + "<td>4</td></tr></tbody></table>"),
        cases(
            "<table border=\"1\" width=\"80%\" summary=\"s\" style=\"x\"><tr>"
                + "<td width=\"10\" height=\"20\" align=\"center\" valign=\"top\">x</td></tr></table>",
            "<table border=\"1\" width=\"80%\"><tbody><tr>"
                + "<td width=\"10\" height=\"20\" align=\"center\">x</td></tr></tbody></table>"),
        cases("<hr width=\"50%\" align=\"left\">", "<hr width=\"50%\" align=\"left\">"),
        cases(
            "<img src=\"https://e.org/a.png\" width=\"10px\" height=\"5\" border=\"0\" align=\"x\">",
            "<p><img src=\"https://e.org/a.png\" height=\"5\" border=\"0\"></p>"),
        // AO3's other elements.
        cases(
            "<figure><img src=\"https://e.org/a.png\" alt=\"A\"><figcaption>Cap</figcaption>"
                + "</figure><address>me</address><acronym title=\"x\">X</acronym> <tt>t</tt>",
            "<figure><img src=\"https://e.org/a.png\" alt=\"A\"><figcaption>Cap</figcaption>"
                + "</figure><address>me</address><p><acronym title=\"x\">X</acronym> <tt>t</tt></p>"),
        // Podfics and vids play; players come from the allowed hosts only, over https, sandboxed.
        cases(
            "<audio src=\"https://e.org/a.mp3\" preload=\"none\" autoplay onplay=\"x()\"></audio>",
            "<audio src=\"https://e.org/a.mp3\" preload=\"none\" controls=\"controls\"></audio>"),
        cases(
            "<video width=\"320\" loop poster=\"https://e.org/p.png\"><source src=\"https://e.org/v.mp4\""
                + " type=\"video/mp4\"><source src=\"javascript:x\"><track src=\"https://e.org/s.vtt\""
                + " kind=\"subtitles\" srclang=\"en\" label=\"English\">Fallback</video>",
            "<video width=\"320\" loop=\"loop\" controls=\"controls\"><source src=\"https://e.org/v.mp4\""
                + " type=\"video/mp4\"><track src=\"https://e.org/s.vtt\" kind=\"subtitles\""
                + " srclang=\"en\" label=\"English\">Fallback</video>"),
        cases(
            "<iframe src=\"http://www.youtube.com/embed/x?a=1\" width=\"560\" height=\"315\""
                + " onload=\"x\" sandbox=\"allow-top-navigation\">junk</iframe>",
            "<iframe src=\"https://www.youtube.com/embed/x?a=1\" width=\"560\" height=\"315\""
                + " sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\""
                + " loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>"),
        cases(
            "<iframe src=\"//player.vimeo.com/video/1\"></iframe>",
            "<iframe src=\"https://player.vimeo.com/video/1\" sandbox=\"allow-scripts"
                + " allow-same-origin allow-presentation allow-popups\" loading=\"lazy\""
                + " referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>"),
        cases("a<iframe src=\"https://evil.example/x\"></iframe>", "<p>a</p>"),
        cases("a<iframe src=\"https://www.youtube.com.evil.example/x\"></iframe>", "<p>a</p>"),
        cases("a<iframe src=\"https://u@www.youtube.com/x\"></iframe>", "<p>a</p>"),
        cases("a<iframe src=\"javascript:alert(1)\"></iframe>", "<p>a</p>"),
        cases("a<iframe srcdoc=\"<script>x</script>\"></iframe>", "<p>a</p>"),
        // Refused elements: dangerous ones go with their content, unknown ones are unwrapped.
        cases("<p>a<object data=\"x.swf\"><p>fallback</p></object>b</p>", "<p>ab</p>"),
        cases("<p><foo>unknown</foo> <blink>tags</blink></p>", "<p>unknown tags</p>"),
        cases("<section>a\n\nb</section>", "<p>a</p>\n<p>b</p>"),
        cases("<p style=\"color:red\" class=\"note\">styled</p>", "<p class=\"note\">styled</p>"));
  }

  /** Summaries, comments and bookmark notes: no classes, no players. */
  static Stream<Arguments> plain() {
    return Stream.of(
        cases("A <b class=\"x\">storm</b>\nline", "A <b>storm</b><br>\nline"),
        cases("<p class=\"x\">n</p>", "<p>n</p>"),
        cases("one\n\n<i>two</i>", "<p>one</p>\n<p><i>two</i></p>"),
        cases("<b>x</b><div>y</div>", "<p><b>x</b></p><div><p>y</p></div>"),
        cases("<audio src=\"https://e.org/a.mp3\">Listen</audio>", "Listen"),
        cases("a<iframe src=\"https://www.youtube.com/embed/x\"></iframe>", "a"));
  }

  /** Work and chapter notes keep the work's styling, but have no players. */
  static Stream<Arguments> notes() {
    return Stream.of(
        cases("<p class=\"x\">n</p>", "<p class=\"x\">n</p>"),
        cases("<span class=\"x\">n</span>", "<span class=\"x\">n</span>"),
        cases("a<iframe src=\"https://www.youtube.com/embed/x\"></iframe>", "a"));
  }

  @ParameterizedTest
  @MethodSource
  void chapters(String typed, String stored) {
    assertThat(text.toSafeHtml(typed, ChapterFormat.HTML)).isEqualTo(stored);
  }

  @ParameterizedTest
  @MethodSource
  void plain(String typed, String stored) {
    assertThat(text.toSafeFragment(typed, Field.PLAIN)).isEqualTo(stored);
  }

  @ParameterizedTest
  @MethodSource
  void notes(String typed, String stored) {
    assertThat(text.toSafeFragment(typed, Field.NOTES)).isEqualTo(stored);
  }

  @Test
  void commentsDropClassesAndPlayers() {
    UserText comments = new UserText(text);
    assertThat(
            comments.safeHtml("<p class=\"x\">hi</p><video src=\"https://e.org/v.mp4\">v</video>"))
        .isEqualTo("<p>hi</p><p>v</p>");
  }

  @Test
  void atMostTwentyFormattingElementsCarryOver() {
    StringBuilder typed = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      typed.append("<span title=\"").append(i).append("\">");
    }
    typed.append("a\n\nb");
    String out = text.toSafeHtml(typed.toString(), ChapterFormat.HTML);
    String second = out.substring(out.indexOf("<p>", 1));
    assertThat(second.split("<span", -1)).hasSize(Paragraphs.MAX_CARRIED + 1);
    assertThat(second).contains("title=\"0\"", "title=\"19\"").doesNotContain("title=\"20\"");
    // The same element twice in a row carries once.
    assertThat(text.toSafeHtml("x <b><b>a\n\nb", ChapterFormat.HTML))
        .isEqualTo("<p>x <b><b>a</b></b></p>\n<p><b>b</b></p>");
  }

  @Test
  void carryingNeverMultipliesWhatWasTyped() {
    String unit = "<span title=\"" + "a".repeat(2_000) + "\">x\n\n";
    String typed = unit + "y\n\n".repeat((WorkRules.BODY_MAX - unit.length()) / 3);
    String out = text.toSafeHtml(typed, ChapterFormat.HTML);
    String uncarried = text.toSafeHtml(typed.replace(unit, "x\n\n"), ChapterFormat.HTML);
    // Reopened tags add at most about as much as was typed (and a little for short texts).
    assertThat(out.length() - uncarried.length()).isLessThan(typed.length() + 20_000);
    assertThat(out).contains("<p><span title=\"aaa").endsWith("<p>y</p>");
  }

  private static Arguments cases(String typed, String stored) {
    return Arguments.of(typed, stored);
  }
}
