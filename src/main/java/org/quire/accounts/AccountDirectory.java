package org.quire.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask about accounts: pseuds, usernames and reading preferences. */
@Service
public class AccountDirectory {
  private static final String SELECT =
      "select p.id, p.name, p.account_id, a.username, p.is_default from pseuds p"
          + " join accounts a on a.id = p.account_id";
  private final JdbcClient jdbc;

  AccountDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The account's pseuds, the default first. */
  public List<PseudRef> pseudsOf(long accountId) {
    return jdbc.sql(SELECT + " where p.account_id = ? order by p.is_default desc, lower(p.name)")
        .param(accountId)
        .query((rs, n) -> row(rs))
        .list();
  }

  /** One pseud of an account by name (ignoring case). */
  public Optional<PseudRef> pseudNamed(long accountId, String name) {
    return jdbc.sql(SELECT + " where p.account_id = ? and lower(p.name) = lower(?)")
        .params(accountId, name)
        .query((rs, n) -> row(rs))
        .optional();
  }

  /** The descriptions the account wrote for its pseuds (plain text), by pseud id. */
  public Map<Long, String> pseudDescriptions(long accountId) {
    Map<Long, String> descriptions = new HashMap<>();
    jdbc.sql("select id, description from pseuds where account_id = ?")
        .param(accountId)
        .query(
            (java.sql.ResultSet rs) -> {
              descriptions.put(rs.getLong(1), rs.getString(2));
            });
    return descriptions;
  }

  public Map<Long, PseudRef> pseudsByIds(Collection<Long> ids) {
    Map<Long, PseudRef> map = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql(SELECT + " where p.id = any(?)")
          .param(ids.toArray(Long[]::new))
          .query((rs, n) -> row(rs))
          .list()
          .forEach(p -> map.put(p.id(), p));
    }
    return map;
  }

  public Optional<Long> accountIdOf(String username) {
    return jdbc.sql("select id from accounts where lower(username) = lower(?)")
        .param(username)
        .query(Long.class)
        .optional();
  }

  /** Username, email and age of an account, for mail and for limits on new accounts. */
  public Optional<AccountContact> contact(long accountId) {
    return jdbc.sql("select id, username, email, created_at from accounts where id = ?")
        .param(accountId)
        .query(
            (rs, n) ->
                new AccountContact(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** Whether the account may wrangle tags (holds the wrangler or admin role). */
  public boolean canWrangle(long accountId) {
    return jdbc.sql(
            "select exists (select 1 from account_roles where account_id = ?"
                + " and role in ('wrangler', 'admin'))")
        .param(accountId)
        .query(Boolean.class)
        .single();
  }

  /** The usernames of these accounts (missing ones are left out). */
  public Map<Long, String> usernames(Collection<Long> accountIds) {
    Map<Long, String> names = new java.util.HashMap<>();
    jdbc.sql("select id, username from accounts where id = any(?)")
        .param(accountIds.toArray(Long[]::new))
        .query(
            (java.sql.ResultSet rs) -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    return names;
  }

  /** Whether the reader chose to skip the adult-content warning. */
  public boolean showsAdultContent(long accountId) {
    return jdbc.sql("select show_adult_content from accounts where id = ?")
        .param(accountId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void setShowAdultContent(long accountId, boolean show) {
    jdbc.sql("update accounts set show_adult_content = ? where id = ?")
        .params(show, accountId)
        .update();
  }

  private static PseudRef row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new PseudRef(
        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5));
  }
}
