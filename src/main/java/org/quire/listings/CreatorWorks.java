package org.quire.listings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quire.accounts.Viewer;
import org.quire.works.Audience;
import org.quire.works.WorkCard;
import org.quire.works.WorkCards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The listings API for people's pages: a creator's newest works and a pseud's works, as listed to
 * the viewer ({@link Audience#listed}: never a draft, restricted works to signed-in readers only),
 * without the creators and tags the viewer muted.
 */
@Service
public class CreatorWorks {
  private final WorkFinder finder;
  private final WorkCards cards;
  private final JdbcClient jdbc;
  private final ObjectProvider<ReaderExclusions> exclusions;

  CreatorWorks(
      WorkFinder finder,
      WorkCards cards,
      JdbcClient jdbc,
      ObjectProvider<ReaderExclusions> exclusions) {
    this.finder = finder;
    this.cards = cards;
    this.jdbc = jdbc;
    this.exclusions = exclusions;
  }

  /** Some works and how many there are in all. */
  public record Page(List<WorkCard> works, long total) {}

  /** The creator's most recently updated works listed to the viewer, as their works page lists. */
  public Page recent(Viewer viewer, String username, int limit) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.set("creator", username);
    params.set("sort", "updated");
    params.set("perPage", Integer.toString(limit));
    WorkFinder.Result result =
        finder.find(Audience.of(viewer), ListingQuery.parse(params, Instant.now()));
    return new Page(result.works(), result.total());
  }

  /** The works credited to this pseud and listed to the viewer, newest update first. */
  public Page ofPseud(Viewer viewer, long pseudId, long accountId, int page, int perPage) {
    Audience audience = Audience.of(viewer);
    Audience.Condition listed = audience.listed("w");
    List<Long> mutedTags = List.of();
    ReaderExclusions mutes = exclusions.getIfAvailable();
    if (viewer.accountId() != null && mutes != null) {
      if (mutes.mutedAccountIds(viewer.accountId()).contains(accountId)) {
        return new Page(List.of(), 0);
      }
      mutedTags = mutes.mutedTagIds(viewer.accountId());
    }
    String where =
        " from works w join work_creators c on c.work_id = w.id where "
            + listed.sql()
            + " and c.pseud_id = ? and not exists (select 1 from work_filters f"
            + " where f.work_id = w.id and f.tag_id = any(?))";
    List<Object> params = new ArrayList<>(listed.params());
    params.add(pseudId);
    params.add(mutedTags.toArray(Long[]::new));
    long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(perPage);
    paged.add((long) (page - 1) * perPage);
    List<Long> ids =
        jdbc.sql("select w.id" + where + " order by w.updated_at desc, w.id desc limit ? offset ?")
            .params(paged)
            .query(Long.class)
            .list();
    return new Page(cards.listed(audience, ids), total);
  }
}
