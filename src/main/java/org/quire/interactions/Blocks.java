package org.quire.interactions;

import java.util.Collection;
import java.util.List;
import org.quire.accounts.AccountDirectory;
import org.quire.platform.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Blocking: a blocked user can no longer comment on, reply to, leave kudos on, or subscribe to the
 * blocker's works, nor subscribe to the blocker.
 */
@Service
class Blocks {
  private final JdbcClient jdbc;
  private final AccountDirectory accounts;

  Blocks(JdbcClient jdbc, AccountDirectory accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  /** Throws 403 when any of these accounts has blocked the reader. */
  void checkNotBlocked(Collection<Long> owners, Long reader, String action) {
    if (reader == null || owners.isEmpty()) {
      return;
    }
    boolean blocked =
        jdbc.sql(
                "select exists (select 1 from blocks where account_id = any(?)"
                    + " and blocked_account_id = ?)")
            .params(owners.toArray(Long[]::new), reader)
            .query(Boolean.class)
            .single();
    if (blocked) {
      throw ApiException.forbidden("The creator has blocked you: you cannot " + action + ".");
    }
  }

  void block(long accountId, String username) {
    long other = account(username);
    if (other == accountId) {
      throw ApiException.invalid("user", "You cannot block yourself.");
    }
    jdbc.sql(
            "insert into blocks (account_id, blocked_account_id) values (?, ?) on conflict do nothing")
        .params(accountId, other)
        .update();
  }

  void unblock(long accountId, String username) {
    jdbc.sql("delete from blocks where account_id = ? and blocked_account_id = ?")
        .params(accountId, account(username))
        .update();
  }

  List<String> blocked(long accountId) {
    return jdbc.sql(
            "select a.username from blocks b join accounts a on a.id = b.blocked_account_id"
                + " where b.account_id = ? order by lower(a.username)")
        .param(accountId)
        .query(String.class)
        .list();
  }

  private long account(String username) {
    return accounts
        .accountIdOf(username == null ? "" : username.strip())
        .orElseThrow(() -> ApiException.notFound("User"));
  }
}
