package org.quire.interactions;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.quire.platform.KeyedHash;
import org.quire.platform.Secrets;
import org.quire.works.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A reader's lists for e-reader apps (bookmarks, subscriptions, marked for later) and the secret
 * token that opens them without a password: {@code /opds/private/{token}}. Only a keyed hash of the
 * token is stored, so it is shown once; making a new one retires the old.
 */
@Service
public class ReaderFeeds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int LIST_LIMIT = 200;
  private final JdbcClient jdbc;
  private final KeyedHash hash;

  ReaderFeeds(JdbcClient jdbc, Secrets secrets) {
    this.jdbc = jdbc;
    this.hash = new KeyedHash(secrets, "feed-token-hmac");
  }

  /** A new secret token for this account's private feeds; any earlier one stops working. */
  public String newToken(long accountId) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into feed_tokens (account_id, token_hash) values (?, ?)"
                + " on conflict (account_id) do update set token_hash = excluded.token_hash,"
                + " created_at = now()")
        .params(accountId, hash.of(token))
        .update();
    return token;
  }

  /** Whether the account has a feed token. */
  public boolean hasToken(long accountId) {
    return jdbc.sql("select exists (select 1 from feed_tokens where account_id = ?)")
        .param(accountId)
        .query(Boolean.class)
        .single();
  }

  /** The account a token opens, if it is current. */
  public Optional<Long> accountOf(String token) {
    return jdbc.sql("select account_id from feed_tokens where token_hash = ?")
        .param(hash.of(token))
        .query(Long.class)
        .optional();
  }

  /** The works the reader bookmarked (newest bookmark first; deleted works left out). */
  public List<Long> bookmarked(long accountId) {
    return jdbc.sql(
            "select work_id from bookmarks where account_id = ? and work_id is not null"
                + " order by created_at desc limit ?")
        .params(accountId, LIST_LIMIT)
        .query(Long.class)
        .list();
  }

  /** The works the reader marked for later, most recently marked or read first. */
  public List<Long> markedForLater(long accountId) {
    return jdbc.sql(
            "select work_id from reading_history where account_id = ? and marked_for_later"
                + " order by last_read_at desc nulls first, work_id desc limit ?")
        .params(accountId, LIST_LIMIT)
        .query(Long.class)
        .list();
  }

  /**
   * Works the reader subscribed to, and the works of creators they subscribed to, newest first;
   * only those listed to the reader (the works module's {@link Audience} decides).
   */
  public List<Long> subscribed(long accountId) {
    Audience.Condition listed = Audience.member(accountId).listed("w");
    List<Object> params = new ArrayList<>(listed.params());
    params.addAll(List.of(accountId, accountId, LIST_LIMIT));
    return jdbc.sql(
            "select w.id from works w where "
                + listed.sql()
                + " and (w.id in (select target_id from"
                + " subscriptions where account_id = ? and type = 'work') or w.id in (select"
                + " c.work_id from work_creators c join pseuds p on p.id = c.pseud_id where"
                + " p.account_id in (select target_id from subscriptions where account_id = ? and"
                + " type = 'user'))) order by w.updated_at desc, w.id desc limit ?")
        .params(params)
        .query(Long.class)
        .list();
  }
}
