package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quire.platform.Validation;

class AccountRulesTest {
  private static boolean validUsername(String name) {
    Validation v = new Validation();
    AccountRules.username(v, "username", name);
    return !v.hasError("username");
  }

  @Test
  void usernames() {
    assertThat(validUsername("abc")).isTrue();
    assertThat(validUsername("a_b")).isTrue();
    assertThat(validUsername("A".repeat(40))).isTrue();
    assertThat(validUsername("ab")).isFalse();
    assertThat(validUsername("A".repeat(41))).isFalse();
    assertThat(validUsername("_ab")).isFalse();
    assertThat(validUsername("ab_")).isFalse();
    assertThat(validUsername("a-b")).isFalse();
    assertThat(validUsername("a b")).isFalse();
  }

  @Test
  void pseudNames() {
    Validation v = new Validation();
    AccountRules.pseudName(v, "a", "Night Owl");
    AccountRules.pseudName(v, "b", "夜のフクロウ");
    AccountRules.pseudName(v, "c", "<script>");
    AccountRules.pseudName(v, "d", " ");
    assertThat(v.hasError("a")).isFalse();
    assertThat(v.hasError("b")).isFalse();
    assertThat(v.hasError("c")).isTrue();
    assertThat(v.hasError("d")).isTrue();
  }

  private static boolean validEmail(String email) {
    Validation v = new Validation();
    AccountRules.email(v, "email", email);
    return !v.hasError("email");
  }

  private static boolean validPseud(String name) {
    Validation v = new Validation();
    AccountRules.pseudName(v, "name", name);
    return !v.hasError("name");
  }

  // Address → accepted (AO3's rule: a plain local part, a dotted domain ending in 2-25 letters).
  // \\uXXXX stands for that character.
  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          reader@example.org                   | true
          Reader.Name+tag@mail.example.co.uk   | true
          'o''brien@example.ie'                | true
          a_b&c%d-e@sub-domain.example.museum  | true
          '  padded@example.org  '             | true
          x@example.abcdefghijklmnopqrstuvwxy  | true
          x@example.abcdefghijklmnopqrstuvwxyz | false
          "quoted"@example.org                 | false
          "a b"@example.org                    | false
          user@[192.168.0.1]                   | false
          user@192.168.0.1                     | false
          user@exa(mple).org                   | false
          user@exa<mple>.org                   | false
          user@exa\\mple.org                   | false
          user@exa,mple.org                    | false
          user@exa;mple.org                    | false
          user@exa:mple.org                    | false
          user@exa*mple.org                    | false
          user@*.example.org                   | false
          user@localhost                       | false
          user@example.c                       | false
          user@example.123                     | false
          user@example.org.                    | false
          user@.example.org                    | false
          user@example..org                    | false
          us er@example.org                    | false
          user(comment)@example.org            | false
          user<x>@example.org                  | false
          user,x@example.org                   | false
          user;x@example.org                   | false
          user:x@example.org                   | false
          user[x]@example.org                  | false
          user\\x@example.org                  | false
          user@@example.org                    | false
          @example.org                         | false
          user@                                | false
          not-an-email                         | false
          us\\u00e9r@example.org               | false
          user@ex\\u00e4mple.org               | false
          us\\u200ber@example.org              | false
          """)
  void emails(String email, boolean valid) {
    String decoded = decode(email);
    assertThat(validEmail(decoded)).as(decoded).isEqualTo(valid);
  }

  @Test
  void anEmailLongerThan254CharactersIsRefused() {
    String domain = "d".repeat(60) + ".example.org";
    assertThat(validEmail("a".repeat(254 - 1 - domain.length()) + "@" + domain)).isTrue();
    assertThat(validEmail("a".repeat(255 - 1 - domain.length()) + "@" + domain)).isFalse();
  }

  // Username → accepted: bidi controls and zero-width characters are refused with their own
  // message.
  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          night_owl            | true
          night\\u200bowl      | false
          night\\u200cowl      | false
          night\\u200dowl      | false
          night\\u2060owl      | false
          \\ufeffnightowl      | false
          night\\u202eowl      | false
          night\\u2066owl\\u2069 | false
          night\\u200fowl      | false
          """)
  void usernamesRefuseInvisibleCharacters(String typed, boolean valid) {
    String name = decode(typed);
    Validation v = new Validation();
    AccountRules.username(v, "username", name);
    assertThat(!v.hasError("username")).as(name).isEqualTo(valid);
    assertThat(AccountRules.invisible(name) == null).as(name).isEqualTo(valid);
  }

  // Pseud → accepted.
  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Night Owl                | true
          Zo\\u00eb                | true
          Zoe\\u0308               | true
          \\u092a\\u094d\\u0930\\u093f\\u092f\\u093e | true
          \\u0e2a\\u0e21\\u0e0a\\u0e32\\u0e22 | true
          \\u05e9\\u05dc\\u05d5\\u05dd | true
          Night\\u200bOwl          | false
          Night\\u200dOwl          | false
          Night\\u200cOwl          | false
          Night\\u2060Owl          | false
          \\ufeffNight Owl         | false
          Night\\u202eOwl          | false
          Night Owl\\u200e         | false
          \\u2067Night Owl\\u2069  | false
          \\u0308Zoe               | false
          """)
  void pseudNamesRefuseInvisibleCharactersAndKeepMarks(String typed, boolean valid) {
    String name = decode(typed);
    assertThat(validPseud(name)).as(name).isEqualTo(valid);
  }

  @Test
  void aDecomposedPseudNameIsStoredComposed() {
    assertThat(AccountRules.pseudNameOf(" Zoe\u0308 ")).isEqualTo("Zo\u00eb");
  }

  /** Turns \\uXXXX into the character. */
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
