package org.quire.interactions;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.works.Pages;
import org.quire.works.WorkSummaries;
import org.quire.works.WorkSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The interactions module's API for a user's dashboard and statistics: short lists of a reader's
 * bookmarks, subscriptions, history and "marked for later" (each only with works the viewer may
 * see), following a user, and how many readers subscribe to a writer's works.
 */
@Service
public class ReaderLists {
  private final Bookmarks bookmarks;
  private final History history;
  private final Subscriptions subscriptions;
  private final WorkSummaries works;
  private final AccountDirectory accounts;
  private final JdbcClient jdbc;

  ReaderLists(
      Bookmarks bookmarks,
      History history,
      Subscriptions subscriptions,
      WorkSummaries works,
      AccountDirectory accounts,
      JdbcClient jdbc) {
    this.bookmarks = bookmarks;
    this.history = history;
    this.subscriptions = subscriptions;
    this.works = works;
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  /** One entry of a short list: what to show and where it leads. */
  public record Line(String label, String href, String note) {}

  /**
   * The owner's newest bookmarks as this viewer may see them: to others public bookmarks of works
   * they may see; to the owner all (private ones noted).
   */
  public List<Line> bookmarks(Viewer viewer, long ownerId, int limit) {
    return bookmarks.of(viewer, ownerId).stream()
        .limit(limit)
        .map(
            b ->
                new Line(
                    b.workTitle(),
                    b.workId() == null ? "" : "/works/" + b.workId(),
                    b.isPrivate() ? "Private" : b.rec() ? "Rec" : ""))
        .toList();
  }

  /** The signed-in reader's own subscriptions (works they can no longer see are left out). */
  public List<Line> subscriptions(Viewer viewer, int limit) {
    List<Subscriptions.Subscription> all = subscriptions.of(signedIn(viewer));
    Map<Long, String> titles =
        works
            .visible(
                viewer,
                all.stream().filter(s -> s.type().equals("work")).map(s -> s.targetId()).toList())
            .stream()
            .collect(Collectors.toMap(WorkSummary::id, WorkSummary::title));
    Map<Long, String> users =
        accounts.usernames(
            all.stream().filter(s -> s.type().equals("user")).map(s -> s.targetId()).toList());
    return all.stream()
        .map(
            s ->
                s.type().equals("work")
                    ? titleLine(titles.get(s.targetId()), "/works/" + s.targetId(), "Work")
                    : titleLine(
                        users.get(s.targetId()),
                        Pages.user(users.getOrDefault(s.targetId(), "")),
                        "User"))
        .flatMap(Optional::stream)
        .limit(limit)
        .toList();
  }

  /** The signed-in reader's history, most recent first; only "marked for later" when asked. */
  public List<Line> history(Viewer viewer, boolean laterOnly, int limit) {
    return history.of(viewer).stream()
        .filter(e -> !laterOnly || e.markedForLater())
        .limit(limit)
        .map(
            e ->
                new Line(
                    e.workTitle(),
                    "/works/" + e.workId(),
                    e.lastReadAt() == null ? "" : "Read " + Pages.date(e.lastReadAt())))
        .toList();
  }

  /** The viewer's subscription to this user's works, if any. */
  public Optional<Long> subscriptionTo(Viewer viewer, long accountId) {
    if (viewer.accountId() == null) {
      return Optional.empty();
    }
    return subscriptions.find(viewer.accountId(), "user", accountId).map(s -> s.id());
  }

  /** Subscribes the signed-in viewer to a user's works (a clear 4xx when it cannot). */
  public void subscribeTo(Viewer viewer, String username) {
    subscriptions.subscribe(viewer, "user", username);
  }

  /** Ends one of the viewer's subscriptions. */
  public void unsubscribe(Viewer viewer, long subscriptionId) {
    subscriptions.unsubscribe(viewer, subscriptionId);
  }

  /** How many readers subscribe to each of these works (works with none are left out). */
  public Map<Long, Long> workSubscribers(Collection<Long> workIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (workIds.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            "select target_id, count(*) from subscriptions where type = 'work'"
                + " and target_id = any(?) group by target_id")
        .param(workIds.toArray(Long[]::new))
        .query(
            (java.sql.ResultSet rs) -> {
              counts.put(rs.getLong(1), rs.getLong(2));
            });
    return counts;
  }

  private static Optional<Line> titleLine(String label, String href, String note) {
    return label == null ? Optional.empty() : Optional.of(new Line(label, href, note));
  }

  private static long signedIn(Viewer viewer) {
    if (viewer.accountId() == null) {
      throw org.quire.platform.ApiException.unauthorized("Sign in to see your lists.");
    }
    return viewer.accountId();
  }
}
