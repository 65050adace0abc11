package org.quire.works;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The works module's API for a writer's statistics page: the counts of an account's posted works
 * (drafts have no readers, so none) and their hits per day. Callers show it to the account's owner
 * only.
 */
@Service
public class WriterStats {
  private final JdbcClient jdbc;

  WriterStats(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One posted work's counts. */
  public record WorkCounts(
      long id,
      String title,
      Instant publishedAt,
      boolean restricted,
      int words,
      long hits,
      int kudos,
      int comments,
      int bookmarks) {}

  /** Hits on one day, summed over some works. */
  public record DayHits(LocalDate day, long hits) {}

  /** The account's posted works (credited to any of its pseuds), newest first. */
  public List<WorkCounts> postedWorks(long accountId) {
    return jdbc.sql(
            "select w.id, w.title, coalesce(w.published_at, w.created_at) as published,"
                + " w.restricted, w.word_count, w.hits, w.kudos_count, w.comments_count,"
                + " w.bookmarks_count from works w where w.posted and exists (select 1 from"
                + " work_creators c join pseuds p on p.id = c.pseud_id"
                + " where c.work_id = w.id and p.account_id = ?)"
                + " order by published desc, w.id desc")
        .param(accountId)
        .query(
            (rs, n) ->
                new WorkCounts(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant(),
                    rs.getBoolean(4),
                    rs.getInt(5),
                    rs.getLong(6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9)))
        .list();
  }

  /** Hits per day over these works, oldest day first; days without hits are left out. */
  public List<DayHits> dailyHits(Collection<Long> workIds) {
    if (workIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select day, sum(hits) from work_hits_daily where work_id = any(?)"
                + " group by day order by day")
        .param(workIds.toArray(Long[]::new))
        .query((rs, n) -> new DayHits(rs.getObject(1, LocalDate.class), rs.getLong(2)))
        .list();
  }
}
