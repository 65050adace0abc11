package org.quire.interactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.Validation;
import org.quire.works.UserText;
import org.quire.works.WorkSummaries;
import org.quire.works.WorkSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookmarks: one per reader per work (409 on a second), with sanitized notes, the reader's own
 * tags, private or public, and a recommendation flag. A bookmark keeps the work's title, so it
 * outlives a deleted work and says so. Others see only public bookmarks of works they may see.
 */
@Service
class Bookmarks {
  static final int MAX_NOTES = 5_000;
  static final int MAX_TAGS = 75;
  static final int MAX_TAG_LENGTH = 150;
  private final JdbcClient jdbc;
  private final WorkSummaries works;
  private final UserText text;

  Bookmarks(JdbcClient jdbc, WorkSummaries works, UserText text) {
    this.jdbc = jdbc;
    this.works = works;
    this.text = text;
  }

  /** What a bookmark form or request sends. */
  record Draft(
      @Nullable Long workId,
      @Nullable String notes,
      @Nullable List<String> tags,
      @Nullable Boolean isPrivate,
      @Nullable Boolean rec) {}

  @Transactional
  Bookmark create(Viewer viewer, Draft draft) {
    long accountId = signedIn(viewer);
    if (draft.workId() == null) {
      throw ApiException.invalid("workId", "is required");
    }
    WorkSummary work = works.posted(viewer, draft.workId());
    List<String> tags = check(draft);
    int inserted =
        jdbc.sql(
                "insert into bookmarks (account_id, work_id, work_title, notes, tags, private, rec)"
                    + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
            .params(
                accountId,
                work.id(),
                work.title(),
                notes(draft.notes()),
                tags.toArray(String[]::new),
                Boolean.TRUE.equals(draft.isPrivate()),
                Boolean.TRUE.equals(draft.rec()))
            .update();
    if (inserted == 0) {
      throw ApiException.conflict("workId", "is already bookmarked by you");
    }
    if (!Boolean.TRUE.equals(draft.isPrivate())) {
      works.addToCount(work.id(), WorkSummaries.Counter.BOOKMARKS, 1);
    }
    return mine(accountId, work.id()).orElseThrow();
  }

  @Transactional
  Bookmark update(Viewer viewer, long bookmarkId, Draft draft) {
    Bookmark existing = owned(viewer, bookmarkId);
    List<String> tags = draft.tags() == null ? existing.tags() : check(draft);
    // Locked, so that two updates at once each count the visibility change they make.
    boolean wasPrivate =
        jdbc.sql("select private from bookmarks where id = ? for update")
            .param(bookmarkId)
            .query(Boolean.class)
            .optional()
            .orElseThrow(() -> ApiException.notFound("Bookmark"));
    boolean nowPrivate = draft.isPrivate() == null ? wasPrivate : draft.isPrivate();
    jdbc.sql(
            "update bookmarks set notes = ?, tags = ?, private = ?, rec = ?, updated_at = now()"
                + " where id = ?")
        .params(
            draft.notes() == null ? existing.notes() : notes(draft.notes()),
            tags.toArray(String[]::new),
            nowPrivate,
            draft.rec() == null ? existing.rec() : draft.rec(),
            bookmarkId)
        .update();
    if (existing.workId() != null && wasPrivate != nowPrivate) {
      works.addToCount(existing.workId(), WorkSummaries.Counter.BOOKMARKS, nowPrivate ? -1 : 1);
    }
    return byId(bookmarkId).orElseThrow();
  }

  @Transactional
  void delete(Viewer viewer, long bookmarkId) {
    owned(viewer, bookmarkId);
    // What the row was when deleted: a concurrent delete or update has committed by then.
    java.util.Optional<Counted> deleted =
        jdbc.sql("delete from bookmarks where id = ? returning work_id, private")
            .param(bookmarkId)
            .query((rs, n) -> new Counted(rs.getObject(1, Long.class), rs.getBoolean(2)))
            .optional();
    deleted
        .filter(d -> d.workId() != null && !d.isPrivate())
        .ifPresent(d -> works.addToCount(d.workId(), WorkSummaries.Counter.BOOKMARKS, -1));
  }

  /**
   * A user's bookmarks as this viewer may see them: all to the owner (a deleted work's as deleted);
   * to others only public ones of works they may see now. A deleted work's title is the owner's
   * alone: the work may have been restricted or never seen by others.
   */
  List<Bookmark> of(Viewer viewer, long ownerId) {
    List<Bookmark> all =
        jdbc.sql(SELECT + " where b.account_id = ? order by b.created_at desc, b.id desc")
            .param(ownerId)
            .query((rs, n) -> row(rs))
            .list();
    if (ownerId == (viewer.accountId() == null ? -1 : viewer.accountId())) {
      return all;
    }
    List<Long> workIds =
        all.stream().filter(b -> b.workId() != null).map(Bookmark::workId).toList();
    Set<Long> visible =
        works.visible(viewer, workIds).stream().map(WorkSummary::id).collect(Collectors.toSet());
    return all.stream()
        .filter(b -> !b.isPrivate())
        .filter(b -> b.workId() != null && visible.contains(b.workId()))
        .toList();
  }

  java.util.Optional<Bookmark> mine(long accountId, long workId) {
    return jdbc.sql(SELECT + " where b.account_id = ? and b.work_id = ?")
        .params(accountId, workId)
        .query((rs, n) -> row(rs))
        .optional();
  }

  private java.util.Optional<Bookmark> byId(long id) {
    return jdbc.sql(SELECT + " where b.id = ?").param(id).query((rs, n) -> row(rs)).optional();
  }

  private Bookmark owned(Viewer viewer, long bookmarkId) {
    long accountId = signedIn(viewer);
    return byId(bookmarkId)
        .filter(b -> b.accountId() == accountId)
        .orElseThrow(() -> ApiException.notFound("Bookmark"));
  }

  private List<String> check(Draft draft) {
    List<String> tags = new ArrayList<>();
    if (draft.tags() != null) {
      for (String tag : draft.tags()) {
        if (tag != null && !tag.isBlank() && !tags.contains(tag.strip())) {
          tags.add(tag.strip());
        }
      }
    }
    Validation v = new Validation();
    v.check(
        draft.notes() == null || draft.notes().length() <= MAX_NOTES,
        "notes",
        "must be at most " + MAX_NOTES + " characters");
    v.check(tags.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags");
    v.check(
        tags.stream().allMatch(t -> t.length() <= MAX_TAG_LENGTH),
        "tags",
        "each tag at most " + MAX_TAG_LENGTH + " characters");
    tags.stream()
        .map(org.quire.tags.TagNames::problem)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .ifPresent(problem -> v.add("tags", problem));
    v.throwIfInvalid();
    return tags;
  }

  private String notes(@Nullable String notes) {
    return notes == null || notes.isBlank() ? "" : text.safeHtml(notes);
  }

  private record Counted(@Nullable Long workId, boolean isPrivate) {}

  private static long signedIn(Viewer viewer) {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in to bookmark works.");
    }
    return viewer.accountId();
  }

  private static final String SELECT =
      "select b.*, a.username from bookmarks b join accounts a on a.id = b.account_id";

  private static Bookmark row(ResultSet rs) throws SQLException {
    long work = rs.getLong("work_id");
    Long workId = rs.wasNull() ? null : work;
    return new Bookmark(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("username"),
        workId,
        rs.getString("work_title"),
        rs.getString("notes"),
        Arrays.asList((String[]) rs.getArray("tags").getArray()),
        rs.getBoolean("private"),
        rs.getBoolean("rec"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  /** A bookmark; {@code workId} is null once the work was deleted. */
  record Bookmark(
      long id,
      long accountId,
      String username,
      @Nullable Long workId,
      String workTitle,
      String notes,
      List<String> tags,
      boolean isPrivate,
      boolean rec,
      Instant createdAt) {}
}
