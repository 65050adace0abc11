package org.quire.works;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.PseudRef;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for works, their creators, tags and chapters. Listings load in a fixed number of queries. */
@Repository
class WorkRepository {
  private final JdbcClient jdbc;
  private final AccountDirectory accounts;
  private final TagDirectory tags;

  WorkRepository(JdbcClient jdbc, AccountDirectory accounts, TagDirectory tags) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.tags = tags;
  }

  long insert(WorkFields f) {
    return jdbc.sql(
            "insert into works (title, summary, notes, end_notes, language, restricted, comment_policy,"
                + " expected_chapters) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(f.values())
        .query(Long.class)
        .single();
  }

  void update(long id, WorkFields f) {
    List<Object> values = f.values();
    values.add(id);
    jdbc.sql(
            "update works set title = ?, summary = ?, notes = ?, end_notes = ?, language = ?,"
                + " restricted = ?, comment_policy = ?, expected_chapters = ?, version = version + 1"
                + " where id = ?")
        .params(values)
        .update();
  }

  /** Marks a draft posted: it is published and updated on its chapters' days (now if today). */
  void markPosted(long id) {
    jdbc.sql("update works set posted = true, version = version + 1 where id = ?")
        .param(id)
        .update();
    refreshDates(id, true);
  }

  /**
   * Dates a work by its chapters, as AO3 does: published on its first chapter's day, updated (AO3's
   * "revised") on its newest chapter's day. A past day is stored as noon UTC that day, so it reads
   * as that date in almost every time zone; a stored time already on the right day is kept; today
   * is the current time when {@code chapterPostedNow} (a chapter, or the work, was just posted) or
   * when the stored time was on another day. Drafts get no publication date.
   */
  void refreshDates(long workId, boolean chapterPostedNow) {
    jdbc.sql(
            "with d as (select max(published_on) as newest,"
                + " min(published_on) filter (where position = 1) as first,"
                + " (now() at time zone 'UTC')::date as today"
                + " from chapters where work_id = ?)"
                + " update works w set"
                + " updated_at = case"
                + "   when d.newest >= d.today"
                + "     and (? or (w.updated_at at time zone 'UTC')::date <> d.newest) then now()"
                + "   when (w.updated_at at time zone 'UTC')::date = d.newest then w.updated_at"
                + "   else (d.newest + time '12:00') at time zone 'UTC' end,"
                + " published_at = case"
                + "   when not w.posted or d.first is null then w.published_at"
                + "   when (w.published_at at time zone 'UTC')::date = d.first then w.published_at"
                + "   when d.first >= d.today then now()"
                + "   else (d.first + time '12:00') at time zone 'UTC' end"
                + " from d where w.id = ? and d.newest is not null")
        .params(workId, chapterPostedNow, workId)
        .update();
  }

  void setCreators(long workId, List<Long> pseudIds) {
    jdbc.sql("delete from work_creators where work_id = ?").param(workId).update();
    for (int i = 0; i < pseudIds.size(); i++) {
      jdbc.sql("insert into work_creators (work_id, pseud_id, position) values (?, ?, ?)")
          .params(workId, pseudIds.get(i), i)
          .update();
    }
  }

  void setTags(long workId, List<TagRef> tagRefs) {
    jdbc.sql("delete from work_tags where work_id = ?").param(workId).update();
    for (int i = 0; i < tagRefs.size(); i++) {
      jdbc.sql(
              "insert into work_tags (work_id, tag_id, position) values (?, ?, ?) on conflict do nothing")
          .params(workId, tagRefs.get(i).id(), i)
          .update();
    }
  }

  void insertChapter(long workId, int position, ChapterFields c) {
    jdbc.sql(
            "insert into chapters (work_id, position, title, summary, notes, end_notes, body, word_count,"
                + " published_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            workId,
            position,
            c.title(),
            c.summary(),
            c.notes(),
            c.endNotes(),
            c.body(),
            c.wordCount(),
            Date.valueOf(c.publishedOn()))
        .update();
  }

  void updateChapter(long chapterId, ChapterFields c) {
    jdbc.sql(
            "update chapters set title = ?, summary = ?, notes = ?, end_notes = ?, body = ?,"
                + " word_count = ?, published_on = ?, updated_at = now() where id = ?")
        .params(
            c.title(),
            c.summary(),
            c.notes(),
            c.endNotes(),
            c.body(),
            c.wordCount(),
            Date.valueOf(c.publishedOn()),
            chapterId)
        .update();
  }

  void deleteChapter(long chapterId) {
    jdbc.sql("delete from chapters where id = ?").param(chapterId).update();
  }

  /** Renumbers the chapters 1..n in the given order (positions are checked at commit). */
  void order(long workId, List<Long> chapterIds) {
    for (int i = 0; i < chapterIds.size(); i++) {
      jdbc.sql("update chapters set position = ? where id = ? and work_id = ?")
          .params(i + 1, chapterIds.get(i), workId)
          .update();
    }
  }

  /**
   * Recomputes the counts and {@linkplain #refreshDates dates} from the chapters and bumps the
   * version that caches key on; {@code chapterPosted} when a chapter was just posted.
   */
  void refreshTotals(long workId, boolean chapterPosted) {
    refreshDates(workId, chapterPosted);
    jdbc.sql(
            "update works w set word_count = coalesce(s.words, 0), chapter_count = coalesce(s.n, 0),"
                + " version = w.version + 1"
                + " from (select sum(word_count) as words, count(*) as n from chapters where work_id = ?) s"
                + " where w.id = ?")
        .params(workId, workId)
        .update();
  }

  void delete(long workId) {
    jdbc.sql("delete from works where id = ?").param(workId).update();
  }

  Optional<Work> find(long id) {
    List<Work> works = load(List.of(id));
    return works.isEmpty() ? Optional.empty() : Optional.of(works.get(0));
  }

  /** The works with these ids, in that order, with creators, tags and chapter lists. */
  List<Work> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Long[] array = ids.toArray(Long[]::new);
    Map<Long, Row> rows = new HashMap<>();
    jdbc.sql("select * from works where id = any(?)")
        .param(array)
        .query((rs, n) -> row(rs))
        .list()
        .forEach(r -> rows.put(r.id, r));
    Map<Long, List<Long>> creatorIds = idsByWork("work_creators", "pseud_id", array);
    Map<Long, List<Long>> tagIds = idsByWork("work_tags", "tag_id", array);
    Map<Long, List<Work.ChapterInfo>> chapters = new HashMap<>();
    jdbc.sql(
            "select id, work_id, position, title, word_count, published_on from chapters"
                + " where work_id = any(?) order by work_id, position")
        .param(array)
        .query(
            (ResultSet rs) -> {
              chapters
                  .computeIfAbsent(rs.getLong("work_id"), k -> new ArrayList<>())
                  .add(
                      new Work.ChapterInfo(
                          rs.getLong("id"),
                          rs.getInt("position"),
                          rs.getString("title"),
                          rs.getInt("word_count"),
                          rs.getDate("published_on").toLocalDate()));
            });
    Map<Long, PseudRef> pseuds = accounts.pseudsByIds(allOf(creatorIds));
    Map<Long, TagRef> tagRefs = tags.byIds(allOf(tagIds));
    Map<Long, Work> result = new LinkedHashMap<>();
    for (Long id : ids) {
      Row r = rows.get(id);
      if (r == null) {
        continue;
      }
      result.put(
          id,
          new Work(
              r.id,
              r.title,
              r.summary,
              r.notes,
              r.endNotes,
              r.language,
              r.restricted,
              r.commentPolicy,
              r.expectedChapters,
              r.posted,
              r.wordCount,
              r.chapterCount,
              r.publishedAt == null ? null : r.publishedAt.toInstant(),
              r.updatedAt.toInstant(),
              r.version,
              new Work.Stats(r.hits, r.kudos, r.comments, r.bookmarks),
              creatorIds.getOrDefault(id, List.of()).stream()
                  .map(pseuds::get)
                  .filter(p -> p != null)
                  .toList(),
              tagIds.getOrDefault(id, List.of()).stream()
                  .map(tagRefs::get)
                  .filter(t -> t != null)
                  .toList(),
              chapters.getOrDefault(id, List.of())));
    }
    return new ArrayList<>(result.values());
  }

  /** A relation table's ids per work, in the order of its position column. */
  private Map<Long, List<Long>> idsByWork(String table, String column, Long[] workIds) {
    Map<Long, List<Long>> byWork = new HashMap<>();
    jdbc.sql(
            "select work_id, "
                + column
                + " from "
                + table
                + " where work_id = any(?)"
                + " order by work_id, position")
        .param(workIds)
        .query(
            (ResultSet rs) -> {
              byWork.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    return byWork;
  }

  private static Set<Long> allOf(Map<Long, List<Long>> byWork) {
    Set<Long> all = new HashSet<>();
    byWork.values().forEach(all::addAll);
    return all;
  }

  Optional<Chapter> chapter(long workId, int position) {
    return jdbc.sql("select * from chapters where work_id = ? and position = ?")
        .params(workId, position)
        .query((rs, n) -> chapterRow(rs))
        .optional();
  }

  List<Chapter> chapters(long workId) {
    return jdbc.sql("select * from chapters where work_id = ? order by position")
        .param(workId)
        .query((rs, n) -> chapterRow(rs))
        .list();
  }

  private static Chapter chapterRow(ResultSet rs) throws SQLException {
    return new Chapter(
        rs.getLong("id"),
        rs.getLong("work_id"),
        rs.getInt("position"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("notes"),
        rs.getString("end_notes"),
        rs.getString("body"),
        rs.getInt("word_count"),
        rs.getDate("published_on").toLocalDate());
  }

  /** A user's works that meet the condition (an {@link Audience}'s), newest first. */
  List<Long> ofAccount(long accountId, Audience.Condition shown) {
    List<Object> params = new ArrayList<>();
    params.add(accountId);
    params.addAll(shown.params());
    return jdbc.sql(
            "select distinct w.id, w.updated_at from works w"
                + " join work_creators wc on wc.work_id = w.id"
                + " join pseuds p on p.id = wc.pseud_id"
                + " where p.account_id = ? and "
                + shown.sql()
                + " order by w.updated_at desc, w.id desc")
        .params(params)
        .query((rs, n) -> rs.getLong(1))
        .list();
  }

  void addHits(Map<Long, Integer> hitsByWork) {
    hitsByWork.forEach(
        (workId, hits) -> {
          jdbc.sql("update works set hits = hits + ? where id = ?").params(hits, workId).update();
          // The day's total, for the writer's statistics chart.
          jdbc.sql(
                  "insert into work_hits_daily (work_id, day, hits) values (?, current_date, ?)"
                      + " on conflict (work_id, day)"
                      + " do update set hits = work_hits_daily.hits + excluded.hits")
              .params(workId, hits)
              .update();
        });
  }

  /**
   * Records a visit; true when it is the visitor's first today. A work deleted since the visit
   * records nothing: the key-share lock waits for a deletion in progress and then skips the row, so
   * the insert never meets a missing work (which would fail the whole flush).
   */
  boolean recordVisit(long workId, String visitor) {
    return jdbc.sql(
                "insert into work_hits (work_id, visitor, day)"
                    + " select id, ?, current_date from works where id = ? for key share"
                    + " on conflict do nothing")
            .params(visitor, workId)
            .update()
        == 1;
  }

  private static Row row(ResultSet rs) throws SQLException {
    Row r = new Row();
    r.id = rs.getLong("id");
    r.title = rs.getString("title");
    r.summary = rs.getString("summary");
    r.notes = rs.getString("notes");
    r.endNotes = rs.getString("end_notes");
    r.language = rs.getString("language");
    r.restricted = rs.getBoolean("restricted");
    r.commentPolicy = rs.getString("comment_policy");
    int expected = rs.getInt("expected_chapters");
    r.expectedChapters = rs.wasNull() ? null : expected;
    r.posted = rs.getBoolean("posted");
    r.wordCount = rs.getInt("word_count");
    r.chapterCount = rs.getInt("chapter_count");
    r.publishedAt = rs.getObject("published_at", OffsetDateTime.class);
    r.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
    r.version = rs.getLong("version");
    r.hits = rs.getLong("hits");
    r.kudos = rs.getInt("kudos_count");
    r.comments = rs.getInt("comments_count");
    r.bookmarks = rs.getInt("bookmarks_count");
    return r;
  }

  /** One row of {@code works}, before its relations are attached. */
  private static final class Row {
    long id;
    String title = "";
    String summary = "";
    String notes = "";
    String endNotes = "";
    String language = "en";
    boolean restricted;
    String commentPolicy = "anyone";
    @Nullable Integer expectedChapters;
    boolean posted;
    int wordCount;
    int chapterCount;
    @Nullable OffsetDateTime publishedAt;
    OffsetDateTime updatedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
    long version;
    long hits;
    int kudos;
    int comments;
    int bookmarks;
  }

  /** The editable fields of a work, already validated and sanitized. */
  record WorkFields(
      String title,
      String summary,
      String notes,
      String endNotes,
      String language,
      boolean restricted,
      String commentPolicy,
      @Nullable Integer expectedChapters) {

    /** The columns in the order insert and update bind them. */
    List<Object> values() {
      List<Object> values = new ArrayList<>();
      values.add(title);
      values.add(summary);
      values.add(notes);
      values.add(endNotes);
      values.add(language);
      values.add(restricted);
      values.add(commentPolicy);
      values.add(expectedChapters); // may be null: unknown chapter count
      return values;
    }
  }

  /** A chapter ready to store: sanitized body and its word count. */
  record ChapterFields(
      String title,
      String summary,
      String notes,
      String endNotes,
      String body,
      int wordCount,
      java.time.LocalDate publishedOn) {}
}
