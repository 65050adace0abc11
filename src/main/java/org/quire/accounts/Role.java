package org.quire.accounts;

import java.util.Locale;

/** Roles, named in the API by their plain lower-case names. */
public enum Role {
  USER,
  WRANGLER,
  ADMIN;

  /** The plain name used in JSON and storage: {@code user}, {@code wrangler}, {@code admin}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  String authority() {
    return "ROLE_" + name();
  }

  static Role fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
