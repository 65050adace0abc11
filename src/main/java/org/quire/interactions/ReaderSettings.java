package org.quire.interactions;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A reader's choices: keep a reading history or not; inbox mail never, for each entry, or hourly.
 */
@Service
class ReaderSettings {
  static final Set<String> MAIL = Set.of("none", "each", "hourly");
  private final JdbcClient jdbc;

  ReaderSettings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Settings of(long accountId) {
    return jdbc.sql("select history_enabled, inbox_email from reader_settings where account_id = ?")
        .param(accountId)
        .query((rs, n) -> new Settings(rs.getBoolean(1), rs.getString(2)))
        .optional()
        .orElse(new Settings(true, "none"));
  }

  Settings update(Viewer viewer, @Nullable Boolean historyEnabled, @Nullable String inboxEmail) {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in to change your settings.");
    }
    Settings current = of(viewer.accountId());
    String mail = inboxEmail == null ? current.inboxEmail() : inboxEmail.toLowerCase(Locale.ROOT);
    if (!MAIL.contains(mail)) {
      throw ApiException.invalid("inboxEmail", "must be none, each or hourly");
    }
    boolean history = historyEnabled == null ? current.historyEnabled() : historyEnabled;
    jdbc.sql(
            "insert into reader_settings (account_id, history_enabled, inbox_email) values (?, ?, ?)"
                + " on conflict (account_id) do update set history_enabled ="
                + " excluded.history_enabled, inbox_email = excluded.inbox_email")
        .params(viewer.accountId(), history, mail)
        .update();
    return new Settings(history, mail);
  }

  /** The settings as the API shows them. */
  record Settings(boolean historyEnabled, String inboxEmail) {}
}
