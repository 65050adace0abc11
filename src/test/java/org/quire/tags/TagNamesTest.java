package org.quire.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tag names as a writer types them: the name they become, and which ones are refused. */
class TagNamesTest {
  // Input → the name stored. Escapes are written \\uXXXX and decoded by the test.
  @ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Hurt/Comfort                 | Hurt/Comfort
          "  Hurt/Comfort  "           | Hurt/Comfort
          "Hurt/  Comfort"             | Hurt/ Comfort
          "Hurt/\\u0009Comfort"        | Hurt/ Comfort
          "Hurt/ \\u0009 Comfort"      | Hurt/ Comfort
          "Hurt/\\u00a0Comfort"        | Hurt/ Comfort
          "Hurt/\\u3000Comfort"        | Hurt/ Comfort
          "\\u0009Fluff\\u0009"        | Fluff
          "Cafe\\u0301"                | Caf\\u00e9
          "Caf\\u00e9"                 | Caf\\u00e9
          "\\u1100\\u1161"             | \\uac00
          "A\\u200dB"                  | A\\u200dB
          """)
  void normalizes(String typed, String stored) {
    assertThat(TagNames.normalize(decode(typed))).isEqualTo(decode(stored));
  }

  // Input (after normalizing) → refused or not.
  @ParameterizedTest(name = "[{index}] \"{0}\" refused: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Hurt/Comfort                   | false
          "Tom & Jerry"                  | false
          "why? #1"                      | false
          "\\ud83d\\udc68\\u200d\\ud83d\\udc69" | false
          "\\u05e9\\u05dc\\u05d5\\u05dd\\u200f" | false
          "\\u200b"                      | true
          "\\u200c\\u200d"               | true
          "\\u2060"                      | true
          "\\ufeff"                      | true
          "\\u200e\\u200f"               | true
          "\\u202a\\u202b\\u202c\\u202d\\u202e" | true
          "\\u2066\\u2067\\u2068\\u2069" | true
          "\\u061c"                      | true
          "\\u200b \\u200b"              | true
          "\\u00ad"                      | true
          "semi;colon"                   | true
          "back\\u005cslash"             | true
          "new\\u000aline"               | true
          "line\\u2028sep"               | true
          "para\\u2029sep"               | true
          "a,b"                          | true
          "."                            | true
          "a*b"                          | true
          """)
  void refuses(String typed, boolean refused) {
    String name = TagNames.normalize(decode(typed));
    assertThat(TagNames.problem(name)).as(name).matches(p -> (p != null) == refused);
  }

  /** Turns \\uXXXX into the character (a CSV table cannot hold invisible ones readably). */
  private static String decode(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
