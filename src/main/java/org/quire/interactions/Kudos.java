package org.quire.interactions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.quire.accounts.Viewer;
import org.quire.platform.AddressKeys;
import org.quire.platform.ApiException;
import org.quire.works.WorkSummaries;
import org.quire.works.WorkSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kudos: one per account, or per guest address, per work (409 on a second); never on one's own
 * work; guests cannot see, so cannot leave kudos on, restricted works.
 */
@Service
class Kudos {
  /** The work page names this many users who left kudos, then says how many more did. */
  static final int NAMES_SHOWN = 100;

  private final JdbcClient jdbc;
  // The work page's kudos line, per work: read on every page view, changed by each kudos.
  private final Cache<Long, Given> shown =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(1)).build();
  private final WorkSummaries works;
  private final Blocks blocks;
  private final AddressKeys guests;

  Kudos(JdbcClient jdbc, WorkSummaries works, Blocks blocks, AddressKeys guests) {
    this.jdbc = jdbc;
    this.works = works;
    this.blocks = blocks;
    this.guests = guests;
  }

  /** Leaves kudos; the work's new kudos count. */
  @Transactional
  long give(Viewer viewer, long workId, String address) {
    WorkSummary work = works.posted(viewer, workId);
    if (work.createdBy(viewer.accountId())) {
      throw ApiException.forbidden("You can't leave kudos on your own work.");
    }
    blocks.checkNotBlocked(work.creatorAccountIds(), viewer.accountId(), "leave kudos here");
    int inserted =
        viewer.isGuest()
            ? jdbc.sql(
                    "insert into kudos (work_id, guest_key) values (?, ?) on conflict do nothing")
                .params(workId, guests.of(address))
                .update()
            : jdbc.sql(
                    "insert into kudos (work_id, account_id) values (?, ?) on conflict do nothing")
                .params(workId, viewer.accountId())
                .update();
    if (inserted == 0) {
      throw ApiException.conflict("kudos", "You have already left kudos here. :)");
    }
    long count = works.addToCount(workId, WorkSummaries.Counter.KUDOS, 1);
    AfterCommit.evict(() -> shown.invalidate(workId));
    return count;
  }

  /** Who left kudos (every user by name, oldest first) and how many guests did. */
  Given given(long workId) {
    return given(workId, Integer.MAX_VALUE);
  }

  /** The work page's line: the first {@link #NAMES_SHOWN} users, and how many more and guests. */
  Given shown(long workId) {
    return shown.get(workId, id -> given(id, NAMES_SHOWN));
  }

  private Given given(long workId, int names) {
    List<String> users =
        jdbc.sql(
                "select a.username from kudos k join accounts a on a.id = k.account_id"
                    + " where k.work_id = ? order by k.id limit ?")
            .params(workId, names)
            .query(String.class)
            .list();
    return jdbc.sql(
            "select count(*) filter (where account_id is not null),"
                + " count(*) filter (where guest_key is not null) from kudos where work_id = ?")
        .param(workId)
        .query((rs, n) -> new Given(users, rs.getLong(1) - users.size(), rs.getLong(2)))
        .single();
  }

  boolean hasGiven(Viewer viewer, long workId, String address) {
    return viewer.isGuest()
        ? jdbc.sql("select exists (select 1 from kudos where work_id = ? and guest_key = ?)")
            .params(workId, guests.of(address))
            .query(Boolean.class)
            .single()
        : jdbc.sql("select exists (select 1 from kudos where work_id = ? and account_id = ?)")
            .params(workId, viewer.accountId())
            .query(Boolean.class)
            .single();
  }

  /** The users who left kudos, how many more users did than are named, and how many guests did. */
  record Given(List<String> users, long moreUsers, long guests) {
    long total() {
      return users.size() + moreUsers + guests;
    }
  }
}
