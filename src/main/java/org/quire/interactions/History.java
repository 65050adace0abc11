package org.quire.interactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.listings.ReadingProgress;
import org.quire.platform.ApiException;
import org.quire.works.WorkRead;
import org.quire.works.WorkSummaries;
import org.quire.works.WorkSummary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading history: per work, when it was last read, the last chapter read, how many times, and
 * whether it is marked for later; "updated since you read it" when it has more chapters than when
 * last read. Readers can turn history off (nothing is recorded) and clear it.
 */
@Service
class History implements ReadingProgress {
  private final JdbcClient jdbc;
  private final WorkSummaries works;

  History(JdbcClient jdbc, WorkSummaries works) {
    this.jdbc = jdbc;
    this.works = works;
  }

  @EventListener
  void on(WorkRead read) {
    if (!enabled(read.accountId())) {
      return;
    }
    jdbc.sql(
            "insert into reading_history (account_id, work_id, last_chapter, chapters_seen, visits,"
                + " last_read_at) values (?, ?, ?, ?, 1, now())"
                + " on conflict (account_id, work_id) do update set last_chapter ="
                + " excluded.last_chapter, chapters_seen = excluded.chapters_seen,"
                + " visits = reading_history.visits + 1, last_read_at = now()")
        .params(read.accountId(), read.workId(), read.position(), read.chapterCount())
        .update();
  }

  /** Mark for Later (true) or Mark as Read (false). */
  void markForLater(Viewer viewer, long workId, boolean later) {
    long account = signedIn(viewer);
    WorkSummary work = works.visible(viewer, workId);
    jdbc.sql(
            "insert into reading_history (account_id, work_id, marked_for_later, last_chapter,"
                + " chapters_seen, last_read_at) values (?, ?, ?, ?, ?, case when ? then null else"
                + " now() end) on conflict (account_id, work_id) do update set marked_for_later ="
                + " excluded.marked_for_later, chapters_seen = case when excluded.marked_for_later"
                + " then reading_history.chapters_seen else excluded.chapters_seen end")
        .params(
            account,
            workId,
            later,
            later ? 0 : work.chapters().size(),
            later ? 0 : work.chapters().size(),
            later)
        .update();
  }

  List<Entry> of(Viewer viewer) {
    long account = signedIn(viewer);
    List<Map<String, Object>> rows =
        jdbc.sql(
                "select * from reading_history where account_id = ?"
                    + " order by last_read_at desc nulls last, work_id desc")
            .param(account)
            .query()
            .listOfRows();
    List<Long> ids = rows.stream().map(r -> (Long) r.get("work_id")).toList();
    Map<Long, WorkSummary> visible =
        works.visible(viewer, ids).stream()
            .collect(Collectors.toMap(WorkSummary::id, Function.identity()));
    List<Entry> entries = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      WorkSummary work = visible.get((Long) row.get("work_id"));
      if (work != null) {
        entries.add(entry(row, work));
      }
    }
    return entries;
  }

  java.util.Optional<Entry> of(Viewer viewer, WorkSummary work) {
    if (viewer.isGuest()) {
      return java.util.Optional.empty();
    }
    return jdbc
        .sql("select * from reading_history where account_id = ? and work_id = ?")
        .params(viewer.accountId(), work.id())
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .map(row -> entry(row, work));
  }

  @Override
  public Map<Long, Progress> of(long accountId, java.util.Collection<Long> workIds) {
    Map<Long, Progress> progress = new java.util.HashMap<>();
    jdbc.sql(
            "select h.work_id, h.last_chapter, w.chapter_count > h.chapters_seen"
                + " and h.last_read_at is not null, h.marked_for_later from reading_history h"
                + " join works w on w.id = h.work_id where h.account_id = ? and h.work_id = any(?)")
        .params(accountId, workIds.toArray(Long[]::new))
        .query(
            (java.sql.ResultSet rs) -> {
              progress.put(
                  rs.getLong(1), new Progress(rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4)));
            });
    return progress;
  }

  void clear(Viewer viewer) {
    jdbc.sql("delete from reading_history where account_id = ?").param(signedIn(viewer)).update();
  }

  void forget(Viewer viewer, long workId) {
    jdbc.sql("delete from reading_history where account_id = ? and work_id = ?")
        .params(signedIn(viewer), workId)
        .update();
  }

  boolean enabled(long accountId) {
    return jdbc.sql("select history_enabled from reader_settings where account_id = ?")
        .param(accountId)
        .query(Boolean.class)
        .optional()
        .orElse(true);
  }

  private static Entry entry(Map<String, Object> row, WorkSummary work) {
    int seen = (Integer) row.get("chapters_seen");
    int last = (Integer) row.get("last_chapter");
    Object at = row.get("last_read_at");
    Instant readAt = at == null ? null : ((java.sql.Timestamp) at).toInstant();
    return new Entry(
        work.id(),
        work.title(),
        last,
        (Integer) row.get("visits"),
        readAt,
        (Boolean) row.get("marked_for_later"),
        readAt != null && work.chapters().size() > seen);
  }

  private static long signedIn(Viewer viewer) {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in to keep a reading history.");
    }
    return viewer.accountId();
  }

  /** One work in a reader's history. */
  record Entry(
      long workId,
      String workTitle,
      int lastChapter,
      int visits,
      @Nullable Instant lastReadAt,
      boolean markedForLater,
      boolean updatedSinceRead) {}
}
