package org.quire.works;

import java.util.List;
import java.util.Optional;
import org.quire.accounts.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The works module's API for modules that respond to works: look a work up as a reader may see it
 * or act on it, by {@link Audience}'s rule (a 404 to those who may not), and store the counters
 * they keep (kudos, comments, bookmarks), which listings sort and filter on.
 */
@Service
public class WorkSummaries {
  private final WorkService works;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  WorkSummaries(WorkService works, JdbcClient jdbc, ApplicationEventPublisher events) {
    this.works = works;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The work if this viewer may see it ({@link Audience#verdict}); otherwise a 404 problem. */
  public WorkSummary visible(Viewer viewer, long workId) {
    return WorkSummary.of(works.visible(viewer, workId));
  }

  /**
   * The work if it is listed to this viewer ({@link Audience#listedVerdict}); otherwise a 404
   * problem, for a draft even to its creators: the work a reader may act on (kudos, comments,
   * bookmarks).
   */
  public WorkSummary posted(Viewer viewer, long workId) {
    return WorkSummary.of(works.posted(viewer, workId));
  }

  /**
   * These works as the viewer may see them, in this order; invisible or deleted ones are left out.
   */
  public List<WorkSummary> visible(Viewer viewer, List<Long> workIds) {
    Audience audience = Audience.of(viewer);
    return works.cached(workIds).stream().filter(audience::admits).map(WorkSummary::of).toList();
  }

  /** A work whatever its visibility, for notifying its creators. */
  public Optional<WorkSummary> find(long workId) {
    return works.cached(List.of(workId)).stream().findFirst().map(WorkSummary::of);
  }

  /** Counters another module keeps for works. */
  public enum Counter {
    KUDOS("kudos_count"),
    COMMENTS("comments_count"),
    BOOKMARKS("bookmarks_count");

    private final String column;

    Counter(String column) {
      this.column = column;
    }
  }

  /**
   * Adds {@code delta} to a counter in the statement that changes it, so concurrent changes all
   * count (a recount, even in one statement, reads a snapshot from before a concurrent change
   * commits and loses it); the counter's new value. The page and the index follow after the commit.
   */
  @Transactional
  public long addToCount(long workId, Counter counter, long delta) {
    long value =
        jdbc.sql(
                "update works set "
                    + counter.column
                    + " = greatest("
                    + counter.column
                    + " + ?, 0) where id = ? returning "
                    + counter.column)
            .params(delta, workId)
            .query(Long.class)
            .optional()
            .orElse(0L);
    if (delta != 0) {
      // The reading cache drops the work once this commits (ReadingCache listens).
      events.publishEvent(new WorkCountsChanged(List.of(workId)));
    }
    return value;
  }
}
