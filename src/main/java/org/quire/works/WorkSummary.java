package org.quire.works;

import java.util.List;

/**
 * What other modules need to know of a work to act on it (kudos, comments, bookmarks,
 * subscriptions, history): who made it, who may see it, its chapters.
 *
 * @param creatorAccountIds the accounts behind the credited pseuds
 * @param chapters each chapter's id, in order (position = index + 1)
 */
public record WorkSummary(
    long id,
    String title,
    boolean posted,
    boolean restricted,
    String commentPolicy,
    List<Long> creatorAccountIds,
    List<String> creatorNames,
    List<Long> chapters)
    implements Audience.Subject {

  /** Whether this account is one of the work's creators. */
  @Override
  public boolean createdBy(@org.jspecify.annotations.Nullable Long accountId) {
    return accountId != null && creatorAccountIds.contains(accountId);
  }

  /** The id of the chapter at this position (1-based), if there is one. */
  public java.util.Optional<Long> chapterAt(int position) {
    return position >= 1 && position <= chapters.size()
        ? java.util.Optional.of(chapters.get(position - 1))
        : java.util.Optional.empty();
  }

  static WorkSummary of(Work work) {
    return new WorkSummary(
        work.id(),
        work.title(),
        work.posted(),
        work.restricted(),
        work.commentPolicy(),
        work.creators().stream().map(p -> p.accountId()).distinct().toList(),
        work.creatorNames(),
        work.chapters().stream().map(Work.ChapterInfo::id).toList());
  }
}
