package org.quire.interactions;

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
  private final JdbcClient jdbc;
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
    WorkSummary work = works.visible(viewer, workId);
    if (!work.posted()) {
      throw ApiException.notFound("Work");
    }
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
    long count =
        jdbc.sql("select count(*) from kudos where work_id = ?")
            .param(workId)
            .query(Long.class)
            .single();
    works.setCount(workId, WorkSummaries.Counter.KUDOS, count);
    return count;
  }

  /** Who left kudos (users by name, oldest first) and how many guests did. */
  Given given(long workId) {
    List<String> users =
        jdbc.sql(
                "select a.username from kudos k join accounts a on a.id = k.account_id"
                    + " where k.work_id = ? order by k.id")
            .param(workId)
            .query(String.class)
            .list();
    long guestCount =
        jdbc.sql("select count(*) from kudos where work_id = ? and guest_key is not null")
            .param(workId)
            .query(Long.class)
            .single();
    return new Given(users, guestCount);
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

  /** The users who left kudos, and the number of guests who did. */
  record Given(List<String> users, long guests) {
    long total() {
      return users.size() + guests;
    }
  }
}
