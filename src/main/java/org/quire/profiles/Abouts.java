package org.quire.profiles;

import org.quire.platform.ApiException;
import org.quire.works.UserText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The "about" text of a profile: typed as HTML or plain paragraphs, stored sanitized by the same
 * allowlist as comments and notes, and limited in length as AO3 limits a profile's "about me".
 */
@Component
class Abouts {
  /** The most characters a user may type. */
  static final int MAX_LENGTH = 2000;

  private final JdbcClient jdbc;
  private final UserText text;

  Abouts(JdbcClient jdbc, UserText text) {
    this.jdbc = jdbc;
    this.text = text;
  }

  /** The account's about text as safe HTML; empty when none. */
  String of(long accountId) {
    return jdbc.sql("select about from profiles where account_id = ?")
        .param(accountId)
        .query(String.class)
        .optional()
        .orElse("");
  }

  /** Sets the account's about text; blank clears it. Too long is a 422 naming the field. */
  String update(long accountId, String typed) {
    String stripped = typed.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw ApiException.invalid(
          "about",
          "must be at most " + MAX_LENGTH + " characters (it has " + stripped.length() + ").");
    }
    String safe = stripped.isEmpty() ? "" : text.safeHtml(stripped);
    jdbc.sql(
            "insert into profiles (account_id, about) values (?, ?) on conflict (account_id)"
                + " do update set about = excluded.about, updated_at = now()")
        .params(accountId, safe)
        .update();
    return safe;
  }
}
