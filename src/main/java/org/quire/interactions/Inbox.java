package org.quire.interactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each user's inbox: comments on their works, replies to their comments, new chapters and works
 * they subscribed to. Entries keep the work's title, so they outlive the work. A user who asked for
 * mail "for each" gets one through the outbox at once; "hourly" readers get a digest.
 */
@Service
class Inbox {
  private final JdbcClient jdbc;
  private final Outbox outbox;

  Inbox(JdbcClient jdbc, Outbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  void add(
      long accountId,
      String kind,
      long workId,
      String workTitle,
      @Nullable Integer chapter,
      @Nullable Long commentId,
      String message) {
    jdbc.sql(
            "insert into inbox (account_id, kind, work_id, work_title, chapter_position,"
                + " comment_id, message, mailed) values (?, ?, ?, ?, ?, ?, ?,"
                + " (select coalesce((select inbox_email from reader_settings where account_id = ?),"
                + " 'none') <> 'hourly'))")
        .params(accountId, kind, workId, workTitle, chapter, commentId, message, accountId)
        .update();
    String mode =
        jdbc.sql("select inbox_email from reader_settings where account_id = ?")
            .param(accountId)
            .query(String.class)
            .optional()
            .orElse("none");
    if (mode.equals("each")) {
      outbox.queue(accountId, "[Quire] " + workTitle, message);
    }
  }

  List<Entry> of(long accountId, int page, int perPage) {
    return jdbc.sql("select * from inbox where account_id = ? order by id desc limit ? offset ?")
        .params(accountId, perPage, (long) (page - 1) * perPage)
        .query((rs, n) -> entry(rs))
        .list();
  }

  long count(long accountId) {
    return jdbc.sql("select count(*) from inbox where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  long unread(long accountId) {
    return jdbc.sql("select count(*) from inbox where account_id = ? and not read")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  /** Marks every entry read; answers how many were unread. */
  int markAllRead(long accountId) {
    return jdbc.sql("update inbox set read = true where account_id = ? and not read")
        .param(accountId)
        .update();
  }

  Optional<Entry> entry(long accountId, long entryId) {
    return jdbc.sql("select * from inbox where id = ? and account_id = ?")
        .params(entryId, accountId)
        .query((rs, n) -> entry(rs))
        .optional();
  }

  /**
   * The text (sanitized HTML) of these comments, by comment id; deleted comments have none. The
   * caller shows only those on works the reader may still see.
   */
  Map<Long, String> commentTexts(List<Long> commentIds) {
    if (commentIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> texts = new HashMap<>();
    jdbc.sql("select id, body from comments where id = any(?) and not deleted")
        .param(commentIds.toArray(Long[]::new))
        .query((RowCallbackHandler) rs -> texts.put(rs.getLong("id"), rs.getString("body")));
    return texts;
  }

  void markRead(long accountId, long entryId, boolean read) {
    int changed =
        jdbc.sql("update inbox set read = ? where id = ? and account_id = ?")
            .params(read, entryId, accountId)
            .update();
    if (changed == 0) {
      throw ApiException.notFound("Inbox entry");
    }
  }

  void delete(long accountId, long entryId) {
    int changed =
        jdbc.sql("delete from inbox where id = ? and account_id = ?")
            .params(entryId, accountId)
            .update();
    if (changed == 0) {
      throw ApiException.notFound("Inbox entry");
    }
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    int chapter = rs.getInt("chapter_position");
    Integer position = rs.wasNull() ? null : chapter;
    long comment = rs.getLong("comment_id");
    Long commentId = rs.wasNull() ? null : comment;
    return new Entry(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getLong("work_id"),
        rs.getString("work_title"),
        position,
        commentId,
        rs.getString("message"),
        rs.getBoolean("read"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  /** One inbox entry, as the API shows it. */
  record Entry(
      long id,
      String kind,
      long workId,
      String workTitle,
      @Nullable Integer chapterPosition,
      @Nullable Long commentId,
      String message,
      boolean read,
      Instant createdAt) {}
}
