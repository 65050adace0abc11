package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

  @Test
  void theContractExamples() {
    assertThat(WordCounter.count("arm-rest is hyphenated")).isEqualTo(3);
    assertThat(WordCounter.count("don't do that")).isEqualTo(3);
    assertThat(WordCounter.count("one--two--three")).isEqualTo(3);
    assertThat(WordCounter.count("one—two—three")).isEqualTo(3);
    assertThat(WordCounter.count("one/two/three")).isEqualTo(3);
    assertThat(WordCounter.count("***")).isZero();
    assertThat(WordCounter.count("一个简单の栗子")).isEqualTo(7);
  }

  @Test
  void markupIsIgnoredAndBlocksSeparateWords() {
    assertThat(WordCounter.count("<p>one</p><p>two</p>")).isEqualTo(2);
    assertThat(WordCounter.count("<em>un</em>believable")).isEqualTo(1);
    assertThat(WordCounter.count("a<br>b")).isEqualTo(2);
    assertThat(WordCounter.count("<ul><li>red</li><li>blue</li></ul>")).isEqualTo(2);
    assertThat(WordCounter.count("<p title=\"not counted at all\">x</p>")).isEqualTo(1);
  }

  @Test
  void otherScriptsAndNumbers() {
    assertThat(WordCounter.count("   ")).isZero();
    assertThat(WordCounter.count("")).isZero();
    assertThat(WordCounter.count("Привет, мир")).isEqualTo(2);
    assertThat(WordCounter.count("Καλημέρα κόσμε")).isEqualTo(2);
    assertThat(WordCounter.count("สวัสดี")).isEqualTo(6);
    // Thai: every character counts, vowel marks included (10 code points).
    assertThat(WordCounter.count("สวัสดีครับ")).isEqualTo(10);
    assertThat(WordCounter.count("3.14 is pi")).isEqualTo(3);
    assertThat(WordCounter.count("1,000 words")).isEqualTo(2);
    assertThat(WordCounter.count("’tis the rock’n’roll")).isEqualTo(3);
    assertThat(WordCounter.count("end. Start")).isEqualTo(2);
    assertThat(WordCounter.count("café naïve")).isEqualTo(2);
    assertThat(WordCounter.count("hello-- world")).isEqualTo(2);
  }

  @Test
  void marksAndInvisibleCharactersStayInTheirWord() {
    // A decomposed accent, then a hyphen: still one word.
    assertThat(WordCounter.count("cafe\u0301-bar")).isEqualTo(1);
    // A combining sound mark belongs to the kana before it.
    assertThat(WordCounter.count("か\u3099き")).isEqualTo(2);
    // Soft hyphen and zero-width non-joiner sit inside words; a zero-width space separates them.
    assertThat(WordCounter.count("arm\u00ADrest")).isEqualTo(1);
    assertThat(WordCounter.count("می\u200Cخواهم")).isEqualTo(1);
    assertThat(WordCounter.count("a\u200Bb")).isEqualTo(2);
  }

  @Test
  void everyBlockSeparatesWords() {
    assertThat(WordCounter.count("<table><tr><td>a</td><td>b</td></tr></table>")).isEqualTo(2);
    assertThat(WordCounter.count("<dl><dt>a</dt><dd>b</dd></dl>")).isEqualTo(2);
    assertThat(WordCounter.count("<h1>a</h1>b<hr>c")).isEqualTo(3);
    assertThat(WordCounter.count("<details><summary>a</summary>b</details>")).isEqualTo(2);
    assertThat(WordCounter.count("<ruby>word<rt>reading</rt></ruby>")).isEqualTo(2);
    assertThat(WordCounter.count("<p>a&nbsp;b &amp; c</p>")).isEqualTo(3);
  }

  @Test
  void aLongChapterIsCounted() {
    // 510,000 characters.
    String text = "word ".repeat(102_000);
    assertThat(WordCounter.count("<p>" + text + "</p>")).isEqualTo(102_000);
  }
}
