package org.quire.interactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A comment on a chapter: by a pseud of an account, or by a guest with a name. */
record Comment(
    long id,
    long workId,
    long chapterId,
    @Nullable Long parentId,
    @Nullable Long accountId,
    @Nullable String pseud,
    @Nullable String username,
    @Nullable String guestName,
    String body,
    boolean pending,
    boolean deleted,
    @Nullable Instant editedAt,
    Instant createdAt) {

  /** The name shown above the comment. */
  String author() {
    if (pseud != null) {
      return username != null && !pseud.equals(username) ? pseud + " (" + username + ")" : pseud;
    }
    return guestName == null ? "Guest" : guestName + " (Guest)";
  }

  boolean by(@Nullable Long account) {
    return account != null && account.equals(accountId);
  }

  static final String SELECT =
      "select c.*, p.name as pseud, a.username from comments c"
          + " left join pseuds p on p.id = c.pseud_id left join accounts a on a.id = c.account_id";

  static Comment row(ResultSet rs) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    long account = rs.getLong("account_id");
    Long accountId = rs.wasNull() ? null : account;
    OffsetDateTime edited = rs.getObject("edited_at", OffsetDateTime.class);
    return new Comment(
        rs.getLong("id"),
        rs.getLong("work_id"),
        rs.getLong("chapter_id"),
        parentId,
        accountId,
        rs.getString("pseud"),
        rs.getString("username"),
        rs.getString("guest_name"),
        rs.getString("body"),
        rs.getBoolean("pending"),
        rs.getBoolean("deleted"),
        edited == null ? null : edited.toInstant(),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
