package org.quire.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.quire.platform.QuireProperties;
import org.quire.platform.QuireProperties.RegistrationMode;
import org.quire.platform.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign up: everyone ({@code open}), holders of an unused invitation code ({@code invite}),
 * or nobody ({@code closed}). The configuration gives the mode of a fresh install; an admin can
 * change it later, and that choice is kept in the database.
 */
@Component
class Registration {
  static final int MAX_INVITES_AT_ONCE = 100;
  private static final String SETTING = "registration";

  private final JdbcClient jdbc;
  private final RegistrationMode configured;
  private final SecureRandom random = new SecureRandom();

  Registration(JdbcClient jdbc, QuireProperties properties) {
    this.jdbc = jdbc;
    this.configured = properties.registration();
  }

  RegistrationMode mode() {
    return jdbc.sql("select value from site_settings where key = ?")
        .param(SETTING)
        .query(String.class)
        .optional()
        .map(v -> RegistrationMode.valueOf(v.toUpperCase(Locale.ROOT)))
        .orElse(configured);
  }

  void setMode(RegistrationMode mode) {
    jdbc.sql(
            "insert into site_settings (key, value) values (?, ?)"
                + " on conflict (key) do update set value = excluded.value")
        .params(SETTING, mode.label())
        .update();
  }

  void checkCanSignUp(Validation v, @Nullable String inviteCode) {
    switch (mode()) {
      case OPEN -> {}
      case CLOSED -> throw ApiException.forbidden("Registration is closed on this archive.");
      case INVITE -> {
        if (inviteCode == null || inviteCode.isBlank()) {
          v.add("inviteCode", "is required: this archive accepts sign-ups by invitation only");
        } else if (!unused(inviteCode.trim())) {
          v.add("inviteCode", "is not a valid unused invitation code");
        }
      }
    }
  }

  private boolean unused(String code) {
    return jdbc.sql("select exists (select 1 from invitations where code = ? and used_by is null)")
        .param(code)
        .query(Boolean.class)
        .single();
  }

  /** Marks the invitation used by the new account; a code used by a concurrent sign-up is 409. */
  void consumeInvite(@Nullable String inviteCode, long accountId) {
    if (mode() != RegistrationMode.INVITE || inviteCode == null) {
      return;
    }
    int used =
        jdbc.sql(
                "update invitations set used_by = ?, used_at = now()"
                    + " where code = ? and used_by is null")
            .params(accountId, inviteCode.trim())
            .update();
    if (used == 0) {
      throw ApiException.conflict("inviteCode", "has just been used by someone else");
    }
  }

  @Transactional
  List<String> createInvites(int count, long adminId) {
    if (count < 1 || count > MAX_INVITES_AT_ONCE) {
      new Validation()
          .add("count", "must be between 1 and " + MAX_INVITES_AT_ONCE)
          .throwIfInvalid();
    }
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] bytes = new byte[10];
      random.nextBytes(bytes);
      String code = HexFormat.of().formatHex(bytes);
      jdbc.sql("insert into invitations (code, created_by) values (?, ?)")
          .params(code, adminId)
          .update();
      codes.add(code);
    }
    return codes;
  }

  List<Invitation> invitations() {
    return jdbc.sql(
            "select i.code, i.created_at, a.username as used_by from invitations i"
                + " left join accounts a on a.id = i.used_by order by i.created_at desc limit 200")
        .query(
            (rs, n) ->
                new Invitation(
                    rs.getString("code"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getString("used_by")))
        .list();
  }

  /** An invitation code, and who used it. */
  record Invitation(String code, Instant createdAt, @Nullable String usedBy) {}
}
