package org.quire.interactions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.listings.ReaderExclusions;
import org.quire.platform.ApiException;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Muting, for good: a muted creator's or tag's works disappear from the reader's listings,
 * searches, tag pages and front page (the listings ask {@link ReaderExclusions}), and a muted
 * creator's comments are collapsed. Muting a tag mutes what it is filtered as: a synonym mutes its
 * canonical tag, a metatag everything under it. Any number of mutes; looked up from memory.
 */
@Service
class Mutes implements ReaderExclusions {
  private final JdbcClient jdbc;
  private final AccountDirectory accounts;
  private final TagDirectory tags;
  private final Cache<Long, Muted> cache = Caffeine.newBuilder().maximumSize(50_000).build();

  Mutes(JdbcClient jdbc, AccountDirectory accounts, TagDirectory tags) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.tags = tags;
  }

  void mute(Viewer viewer, @Nullable String user, @Nullable String tag) {
    long account = signedIn(viewer);
    if (user != null && !user.isBlank()) {
      long other =
          accounts.accountIdOf(user.strip()).orElseThrow(() -> ApiException.notFound("User"));
      if (other == account) {
        throw ApiException.invalid("user", "You cannot mute yourself.");
      }
      jdbc.sql(
              "insert into mutes (account_id, muted_account_id) values (?, ?) on conflict do nothing")
          .params(account, other)
          .update();
    } else if (tag != null && !tag.isBlank()) {
      TagRef filter = tags.filterTagOf(tag.strip()).orElseThrow(() -> ApiException.notFound("Tag"));
      jdbc.sql("insert into mutes (account_id, muted_tag_id) values (?, ?) on conflict do nothing")
          .params(account, filter.id())
          .update();
    } else {
      throw ApiException.invalid("user", "Name a user or a tag to mute.");
    }
    cache.invalidate(account);
  }

  void unmute(Viewer viewer, @Nullable String user, @Nullable String tag) {
    long account = signedIn(viewer);
    if (user != null && !user.isBlank()) {
      accounts
          .accountIdOf(user.strip())
          .ifPresent(
              other ->
                  jdbc.sql("delete from mutes where account_id = ? and muted_account_id = ?")
                      .params(account, other)
                      .update());
    } else if (tag != null && !tag.isBlank()) {
      tags.filterTagOf(tag.strip())
          .ifPresent(
              t ->
                  jdbc.sql("delete from mutes where account_id = ? and muted_tag_id = ?")
                      .params(account, t.id())
                      .update());
    } else {
      throw ApiException.invalid("user", "Name a user or a tag to unmute.");
    }
    cache.invalidate(account);
  }

  Muted of(long accountId) {
    return cache.get(accountId, this::load);
  }

  @Override
  public List<Long> mutedTagIds(long accountId) {
    return of(accountId).tagIds();
  }

  @Override
  public List<Long> mutedAccountIds(long accountId) {
    return of(accountId).accountIds();
  }

  private Muted load(long accountId) {
    List<Long> accountIds =
        jdbc.sql(
                "select muted_account_id from mutes where account_id = ? and muted_account_id is not null")
            .param(accountId)
            .query(Long.class)
            .list();
    List<Long> tagIds =
        jdbc.sql("select muted_tag_id from mutes where account_id = ? and muted_tag_id is not null")
            .param(accountId)
            .query(Long.class)
            .list();
    List<String> userNames = List.copyOf(accounts.usernames(accountIds).values());
    List<String> tagNames = tags.byIds(tagIds).values().stream().map(TagRef::name).toList();
    return new Muted(
        accountIds,
        tagIds,
        userNames.stream().sorted().toList(),
        tagNames.stream().sorted().toList());
  }

  private static long signedIn(Viewer viewer) {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in to mute users and tags.");
    }
    return viewer.accountId();
  }

  /** A reader's mutes, by id (for filtering) and by name (for showing). */
  record Muted(List<Long> accountIds, List<Long> tagIds, List<String> users, List<String> tags) {}
}
