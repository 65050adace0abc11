package org.quire.accounts;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for accounts, their roles and pseuds. */
@Repository
class AccountRepository {
  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String username, String email, String passwordHash) {
    return jdbc.sql(
            "insert into accounts (username, email, password_hash) values (?, ?, ?) returning id")
        .params(username, email, passwordHash)
        .query(Long.class)
        .single();
  }

  /**
   * The new account's id, or empty when a concurrent sign-up took the username or email first (the
   * statement waits for it to commit; the transaction stays usable to say which was taken).
   */
  Optional<Long> insertIfFree(String username, String email, String passwordHash) {
    return jdbc.sql(
            "insert into accounts (username, email, password_hash) values (?, ?, ?)"
                + " on conflict do nothing returning id")
        .params(username, email, passwordHash)
        .query(Long.class)
        .optional();
  }

  boolean usernameTaken(String username) {
    return jdbc.sql("select exists (select 1 from accounts where lower(username) = lower(?))")
        .param(username)
        .query(Boolean.class)
        .single();
  }

  boolean emailTaken(String email) {
    return jdbc.sql("select exists (select 1 from accounts where lower(email) = lower(?))")
        .param(email)
        .query(Boolean.class)
        .single();
  }

  /** Finds by username or email, ignoring case. */
  Optional<Account> findByLogin(String login) {
    return find("lower(username) = lower(:login) or lower(email) = lower(:login)", login);
  }

  Optional<Account> findByUsername(String username) {
    return find("lower(username) = lower(:login)", username);
  }

  Optional<Account> findById(long id) {
    return jdbc.sql(SELECT + " where id = :id")
        .param("id", id)
        .query((rs, n) -> row(rs))
        .optional()
        .map(this::withRoles);
  }

  private static final String SELECT =
      "select id, username, email, password_hash, created_at from accounts";

  private Optional<Account> find(String condition, String login) {
    // The email match can only ever hit one row too: both columns are unique ignoring case.
    return jdbc.sql(SELECT + " where " + condition + " order by id limit 1")
        .param("login", login)
        .query((rs, n) -> row(rs))
        .optional()
        .map(this::withRoles);
  }

  private static Account row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        Set.of());
  }

  private Account withRoles(Account a) {
    return new Account(
        a.id(), a.username(), a.email(), a.passwordHash(), a.createdAt(), roles(a.id()));
  }

  Set<Role> roles(long accountId) {
    EnumSet<Role> roles = EnumSet.of(Role.USER);
    jdbc.sql("select role from account_roles where account_id = ?")
        .param(accountId)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.fromLabel(r)));
    return roles;
  }

  boolean adminExists() {
    return jdbc.sql("select exists (select 1 from account_roles where role = 'admin')")
        .query(Boolean.class)
        .single();
  }

  void grant(long accountId, Role role) {
    jdbc.sql("insert into account_roles (account_id, role) values (?, ?) on conflict do nothing")
        .params(accountId, role.label())
        .update();
  }

  void revoke(long accountId, Role role) {
    jdbc.sql("delete from account_roles where account_id = ? and role = ?")
        .params(accountId, role.label())
        .update();
  }

  void updatePassword(long accountId, String passwordHash) {
    jdbc.sql("update accounts set password_hash = ? where id = ?")
        .params(passwordHash, accountId)
        .update();
  }

  long insertPseud(long accountId, String name, String description, boolean isDefault) {
    return jdbc.sql(
            "insert into pseuds (account_id, name, description, is_default) values (?, ?, ?, ?)"
                + " returning id")
        .params(accountId, name, description, isDefault)
        .query(Long.class)
        .single();
  }

  /**
   * The new pseud's id, or empty when the account already has one of this name, ignoring case as
   * the unique index does (also when a concurrent request added it first).
   */
  Optional<Long> insertPseudIfNew(long accountId, String name, String description) {
    return jdbc.sql(
            "insert into pseuds (account_id, name, description, is_default) values (?, ?, ?, false)"
                + " on conflict (account_id, lower(name)) do nothing returning id")
        .params(accountId, name, description)
        .query(Long.class)
        .optional();
  }

  List<Pseud> pseuds(long accountId) {
    return jdbc.sql(
            "select id, account_id, name, description, is_default from pseuds"
                + " where account_id = ? order by is_default desc, lower(name)")
        .param(accountId)
        .query(
            (rs, n) ->
                new Pseud(
                    rs.getLong("id"),
                    rs.getLong("account_id"),
                    rs.getString("name"),
                    rs.getString("description"),
                    rs.getBoolean("is_default")))
        .list();
  }

  int deletePseud(long accountId, long pseudId) {
    return jdbc.sql("delete from pseuds where id = ? and account_id = ? and not is_default")
        .params(pseudId, accountId)
        .update();
  }
}
