package org.quire.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Role;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.Validation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wrangles which canonical fandom, and what waits in each fandom's bins. Wranglers assign
 * themselves; admins assign any wrangler (AO3 leaves assignment to its wrangling staff).
 */
@Service
class FandomWranglers {
  /** Unassigned fandoms listed at once; the rest are reached by assigning or by the tag pages. */
  static final int UNASSIGNED_SHOWN = 100;

  private final JdbcClient jdbc;
  private final TagService tags;
  private final AccountDirectory accounts;
  private final ObjectProvider<TagUses> uses;

  FandomWranglers(
      JdbcClient jdbc, TagService tags, AccountDirectory accounts, ObjectProvider<TagUses> uses) {
    this.jdbc = jdbc;
    this.tags = tags;
    this.accounts = accounts;
    this.uses = uses;
  }

  /** The viewer's fandoms and the unassigned ones, each with its unwrangled counts. */
  WranglingOverview overview(Viewer viewer) {
    requireWrangler(viewer);
    List<Tag> mine =
        fandoms(
            "select t.id, t.name, t.type, t.canonical, t.synonym_of from tags t"
                + " join fandom_wranglers w on w.tag_id = t.id where w.account_id = ?"
                + " order by lower(t.name)",
            viewer.accountId());
    List<Tag> unassigned =
        fandoms(
            "select t.id, t.name, t.type, t.canonical, t.synonym_of from tags t"
                + " where t.type = 'Fandom' and t.canonical and not exists"
                + " (select 1 from fandom_wranglers w where w.tag_id = t.id)"
                + " order by lower(t.name) limit ?",
            UNASSIGNED_SHOWN);
    List<Tag> all = new ArrayList<>(mine);
    all.addAll(unassigned);
    Map<Long, Map<TagType, Long>> counts =
        uses.getObject().unwrangledUnder(all.stream().map(Tag::id).toList());
    Map<Long, List<String>> wranglers = wranglersOf(mine.stream().map(Tag::id).toList());
    return new WranglingOverview(
        mine.stream()
            .map(t -> FandomBins.of(t, wranglers.getOrDefault(t.id(), List.of()), counts))
            .toList(),
        unassigned.stream().map(t -> FandomBins.of(t, List.of(), counts)).toList());
  }

  /** Makes {@code username} a wrangler of the fandom: themselves, or anyone for an admin. */
  @Transactional
  void assign(Viewer viewer, String fandomName, String username) {
    Assignment a = check(viewer, fandomName, username);
    Validation v = new Validation();
    v.check(
        a.fandom().type() == TagType.Fandom && a.fandom().canonical(),
        "fandom",
        "must be a canonical fandom");
    v.check(accounts.canWrangle(a.accountId()), "username", "is not a tag wrangler");
    v.throwIfInvalid();
    jdbc.sql(
            "insert into fandom_wranglers (tag_id, account_id) values (?, ?) on conflict do nothing")
        .params(a.fandom().id(), a.accountId())
        .update();
  }

  @Transactional
  void unassign(Viewer viewer, String fandomName, String username) {
    Assignment a = check(viewer, fandomName, username);
    jdbc.sql("delete from fandom_wranglers where tag_id = ? and account_id = ?")
        .params(a.fandom().id(), a.accountId())
        .update();
  }

  private Assignment check(Viewer viewer, String fandomName, String username) {
    requireWrangler(viewer);
    boolean self = username.equalsIgnoreCase(viewer.username());
    if (!self && !viewer.has(Role.ADMIN)) {
      throw ApiException.forbidden("Only admins assign fandoms to other wranglers.");
    }
    Tag fandom = tags.get(fandomName);
    long accountId =
        accounts.accountIdOf(username).orElseThrow(() -> ApiException.notFound("User"));
    return new Assignment(fandom, accountId);
  }

  private static void requireWrangler(Viewer viewer) {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in as a tag wrangler.");
    }
    if (!viewer.canWrangle()) {
      throw ApiException.forbidden("Only tag wranglers and admins wrangle fandoms.");
    }
  }

  private List<Tag> fandoms(String sql, Object param) {
    return jdbc.sql(sql).param(param).query((rs, n) -> TagRepository.row(rs)).list();
  }

  private Map<Long, List<String>> wranglersOf(Collection<Long> fandomIds) {
    Map<Long, List<Long>> ids = new HashMap<>();
    if (!fandomIds.isEmpty()) {
      jdbc.sql("select tag_id, account_id from fandom_wranglers where tag_id = any(?)")
          .param(fandomIds.toArray(Long[]::new))
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs ->
                      ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                          .add(rs.getLong(2)));
    }
    Map<Long, String> names =
        accounts.usernames(ids.values().stream().flatMap(List::stream).distinct().toList());
    Map<Long, List<String>> result = new HashMap<>();
    ids.forEach(
        (tag, accountIds) ->
            result.put(
                tag,
                accountIds.stream()
                    .map(names::get)
                    .filter(java.util.Objects::nonNull)
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList()));
    return result;
  }

  private record Assignment(Tag fandom, long accountId) {}

  /** What GET /api/v1/wrangling answers and /wrangling shows. */
  record WranglingOverview(List<FandomBins> fandoms, List<FandomBins> unassigned) {}

  /** A fandom, its wranglers and the number of unwrangled tags in each of its bins. */
  record FandomBins(
      String name, List<String> wranglers, long characters, long relationships, long freeforms) {
    static FandomBins of(Tag t, List<String> wranglers, Map<Long, Map<TagType, Long>> counts) {
      Map<TagType, Long> c = counts.getOrDefault(t.id(), Map.of());
      return new FandomBins(
          t.name(),
          wranglers,
          c.getOrDefault(TagType.Character, 0L),
          c.getOrDefault(TagType.Relationship, 0L),
          c.getOrDefault(TagType.Freeform, 0L));
    }
  }
}
