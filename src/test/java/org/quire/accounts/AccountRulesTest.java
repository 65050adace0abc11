package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
