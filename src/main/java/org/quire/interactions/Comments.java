package org.quire.interactions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.PseudRef;
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
 * Threaded comments on chapters. The work's comment policy decides who may comment ({@code anyone}:
 * guests too, with a name and email; {@code registered}; {@code none}); a moderated work holds
 * comments until a creator approves them; guests and new accounts are rate limited; creators hear
 * of each comment, and commenters of each reply, in their inbox.
 */
@Service
class Comments {
  static final int MAX_BODY = 10_000;
  private final JdbcClient jdbc;
  private final WorkSummaries works;
  private final AccountDirectory accounts;
  private final UserText text;
  private final Blocks blocks;
  private final CommentThrottle throttle;
  private final Inbox inbox;
  // Read on every page view of a chapter, changed by each comment: emptied after each change, and
  // expiring soon in case another server shares the database.
  private final Cache<Long, List<Comment>> byChapter =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();
  private final Cache<Long, Boolean> moderation =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  Comments(
      JdbcClient jdbc,
      WorkSummaries works,
      AccountDirectory accounts,
      UserText text,
      Blocks blocks,
      CommentThrottle throttle,
      Inbox inbox) {
    this.jdbc = jdbc;
    this.works = works;
    this.accounts = accounts;
    this.text = text;
    this.blocks = blocks;
    this.throttle = throttle;
    this.inbox = inbox;
  }

  /** What a comment form sends. */
  record Draft(
      @Nullable String body,
      @Nullable Long parentId,
      @Nullable String pseud,
      @Nullable String name,
      @Nullable String email) {}

  @Transactional
  Comment post(Viewer viewer, long workId, int position, Draft draft, String address) {
    WorkSummary work = works.posted(viewer, workId);
    long chapterId = work.chapterAt(position).orElseThrow(() -> ApiException.notFound("Chapter"));
    checkPolicy(viewer, work);
    blocks.checkNotBlocked(work.creatorAccountIds(), viewer.accountId(), "comment here");
    Validation v = new Validation();
    String body = draft.body() == null ? "" : draft.body().strip();
    v.check(!body.isEmpty(), "body", "Please write a comment.");
    v.check(body.length() <= MAX_BODY, "body", "must be at most " + MAX_BODY + " characters");
    Long pseudId = null;
    if (viewer.isGuest()) {
      v.check(notBlank(draft.name()), "name", "Please tell us your name.");
      v.check(
          notBlank(draft.email()) && draft.email().strip().matches("[^@\\s]+@[^@\\s]+"),
          "email",
          "Please give a valid email address.");
    } else {
      pseudId = pseud(viewer.accountId(), draft.pseud(), v);
    }
    Comment parent = null;
    if (draft.parentId() != null) {
      parent = find(draft.parentId()).orElse(null);
      v.check(
          parent != null && parent.chapterId() == chapterId && !parent.deleted(),
          "parentId",
          "is not a comment on this chapter");
    }
    v.throwIfInvalid();
    throttle.check(viewer, address);
    if (parent != null && !lockParent(parent.id())) {
      throw ApiException.invalid("parentId", "is not a comment on this chapter");
    }
    boolean pending = moderated(workId) && !work.createdBy(viewer.accountId());
    long id =
        jdbc.sql(
                "insert into comments (work_id, chapter_id, parent_id, account_id, pseud_id,"
                    + " guest_name, guest_email, body, pending) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " returning id")
            .params(
                workId,
                chapterId,
                draft.parentId(),
                viewer.accountId(),
                pseudId,
                viewer.isGuest() ? draft.name().strip() : null,
                viewer.isGuest() ? draft.email().strip() : null,
                text.safeHtml(body),
                pending)
            .query(Long.class)
            .single();
    changed(chapterId);
    if (!pending) {
      works.addToCount(workId, WorkSummaries.Counter.COMMENTS, 1);
    }
    Comment comment = find(id).orElseThrow();
    notify(work, position, comment, parent);
    return comment;
  }

  private void checkPolicy(Viewer viewer, WorkSummary work) {
    switch (work.commentPolicy()) {
      case "none" -> throw ApiException.forbidden("Comments are turned off for this work.");
      case "registered" -> {
        if (viewer.isGuest()) {
          throw ApiException.unauthorized("Only signed-in users can comment on this work.");
        }
      }
      default -> {}
    }
  }

  private Long pseud(long accountId, @Nullable String name, Validation v) {
    List<PseudRef> own = accounts.pseudsOf(accountId);
    if (name == null || name.isBlank()) {
      return own.get(0).id();
    }
    return own.stream()
        .filter(p -> p.name().equalsIgnoreCase(name.strip()))
        .map(PseudRef::id)
        .findFirst()
        .orElseGet(
            () -> {
              v.add("pseud", "is not one of your pseuds");
              return null;
            });
  }

  private void notify(WorkSummary work, int position, Comment comment, @Nullable Comment parent) {
    String where = work.title() + (work.chapters().size() > 1 ? ", chapter " + position : "");
    for (long creator : work.creatorAccountIds()) {
      if (!comment.by(creator)) {
        inbox.add(
            creator,
            "comment",
            work.id(),
            work.title(),
            position,
            comment.id(),
            comment.author()
                + (comment.pending()
                    ? " left a comment awaiting your approval on "
                    : " commented on ")
                + where
                + ".");
      }
    }
    if (parent != null
        && parent.accountId() != null
        && !comment.by(parent.accountId())
        && !comment.pending()
        && !work.createdBy(parent.accountId())) {
      inbox.add(
          parent.accountId(),
          "reply",
          work.id(),
          work.title(),
          position,
          comment.id(),
          comment.author() + " replied to your comment on " + where + ".");
    }
  }

  /** A chapter's comments in thread order, as this reader may see them. */
  List<CommentThreads.Node> thread(Viewer viewer, long workId, int position, @Nullable Long root) {
    WorkSummary work = works.visible(viewer, workId);
    long chapterId = work.chapterAt(position).orElseThrow(() -> ApiException.notFound("Chapter"));
    List<Comment> all = byChapter.get(chapterId, this::ofChapter);
    return CommentThreads.order(
        all, c -> work.createdBy(viewer.accountId()) || c.by(viewer.accountId()), root);
  }

  private List<Comment> ofChapter(long chapterId) {
    return jdbc.sql(Comment.SELECT + " where c.chapter_id = ? order by c.id")
        .param(chapterId)
        .query((rs, n) -> Comment.row(rs))
        .list();
  }

  /** Empties the cached thread of a chapter whose comments this transaction changes. */
  private void changed(long chapterId) {
    AfterCommit.evict(() -> byChapter.invalidate(chapterId));
  }

  @Transactional
  Comment edit(Viewer viewer, long commentId, @Nullable String body) {
    Comment comment = own(viewer, commentId);
    String typed = body == null ? "" : body.strip();
    Validation v = new Validation();
    v.check(!typed.isEmpty(), "body", "Please write a comment.");
    v.check(typed.length() <= MAX_BODY, "body", "must be at most " + MAX_BODY + " characters");
    v.throwIfInvalid();
    jdbc.sql("update comments set body = ?, edited_at = now() where id = ?")
        .params(text.safeHtml(typed), commentId)
        .update();
    changed(comment.chapterId());
    return find(comment.id()).orElseThrow();
  }

  /**
   * Deletes a comment (its author, or a creator of the work). One with replies stays as "Previous
   * comment deleted." so the thread keeps its shape.
   */
  @Transactional
  void delete(Viewer viewer, long commentId) {
    Comment comment = find(commentId).orElseThrow(() -> ApiException.notFound("Comment"));
    WorkSummary work = works.visible(viewer, comment.workId());
    if (!comment.by(viewer.accountId()) && !work.createdBy(viewer.accountId())) {
      throw ApiException.forbidden(
          "Only the comment's author or the work's creators can delete it.");
    }
    // Locked first: a reply being posted holds a share lock on its parent (see lockParent), so
    // the replies seen next are all there will be, and no reply is deleted along with this one.
    // The state read under the lock is the latest, for counting.
    java.util.Optional<Boolean> counted =
        jdbc.sql("select not pending and not deleted from comments where id = ? for update")
            .param(commentId)
            .query(Boolean.class)
            .optional();
    if (counted.isEmpty()) {
      return; // deleted meanwhile
    }
    boolean replies =
        jdbc.sql("select exists (select 1 from comments where parent_id = ?)")
            .param(commentId)
            .query(Boolean.class)
            .single();
    if (replies) {
      jdbc.sql("update comments set deleted = true, body = '' where id = ?")
          .param(commentId)
          .update();
    } else {
      jdbc.sql("delete from comments where id = ?").param(commentId).update();
    }
    changed(comment.chapterId());
    if (counted.get()) {
      works.addToCount(comment.workId(), WorkSummaries.Counter.COMMENTS, -1);
    }
  }

  /**
   * Share-locks a reply's parent until the reply commits, so it cannot be deleted in between (which
   * would fail the reply, or delete it with its parent uncounted); false if it is gone.
   */
  private boolean lockParent(long parentId) {
    return jdbc.sql("select not deleted from comments where id = ? for share")
        .param(parentId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** A creator approves a comment held for moderation. */
  @Transactional
  Comment approve(Viewer viewer, long commentId) {
    Comment comment = find(commentId).orElseThrow(() -> ApiException.notFound("Comment"));
    WorkSummary work = works.visible(viewer, comment.workId());
    if (!work.createdBy(viewer.accountId())) {
      throw ApiException.forbidden("Only the work's creators can approve comments.");
    }
    // Counted once, by whichever approval changes the row, unless it was deleted meanwhile.
    boolean nowCounted =
        jdbc.sql("update comments set pending = false where id = ? and pending returning deleted")
            .param(commentId)
            .query(Boolean.class)
            .optional()
            .map(deleted -> !deleted)
            .orElse(false);
    changed(comment.chapterId());
    if (nowCounted) {
      works.addToCount(comment.workId(), WorkSummaries.Counter.COMMENTS, 1);
    }
    return find(commentId).orElseThrow();
  }

  boolean moderated(long workId) {
    return moderation.get(workId, this::moderatedInDatabase);
  }

  private boolean moderatedInDatabase(long workId) {
    return jdbc.sql("select moderated from comment_settings where work_id = ?")
        .param(workId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  @Transactional
  void setModerated(Viewer viewer, long workId, boolean moderated) {
    WorkSummary work = works.visible(viewer, workId);
    if (!work.createdBy(viewer.accountId())) {
      throw ApiException.forbidden("Only the work's creators can moderate its comments.");
    }
    jdbc.sql(
            "insert into comment_settings (work_id, moderated) values (?, ?)"
                + " on conflict (work_id) do update set moderated = excluded.moderated")
        .params(workId, moderated)
        .update();
    AfterCommit.evict(() -> moderation.invalidate(workId));
  }

  java.util.Optional<Comment> find(long id) {
    return jdbc.sql(Comment.SELECT + " where c.id = ?")
        .param(id)
        .query((rs, n) -> Comment.row(rs))
        .optional();
  }

  /** The comment if the viewer may see its work and wrote it (403 otherwise). */
  private Comment own(Viewer viewer, long commentId) {
    Comment comment = find(commentId).orElseThrow(() -> ApiException.notFound("Comment"));
    works.visible(viewer, comment.workId());
    if (!comment.by(viewer.accountId()) || comment.deleted()) {
      throw ApiException.forbidden("Only the comment's author can edit it.");
    }
    return comment;
  }

  private static boolean notBlank(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
