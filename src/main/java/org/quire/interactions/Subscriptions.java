package org.quire.interactions;

import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.JobHandler;
import org.quire.platform.Jobs;
import org.quire.works.Audience;
import org.quire.works.ChapterPosted;
import org.quire.works.WorkPosted;
import org.quire.works.WorkSummaries;
import org.quire.works.WorkSummary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Subscriptions to a work (its new chapters) or a creator (their new works). When a chapter or work
 * is posted, a job queued with it gives each subscriber an inbox entry, just after the commit and
 * off the writer's request. Series do not exist yet, so a series subscription is a 404.
 */
@Service
class Subscriptions implements JobHandler {
  private static final String KIND = "subscriptions.notify";
  private final JdbcClient jdbc;
  private final WorkSummaries works;
  private final AccountDirectory accounts;
  private final Blocks blocks;
  private final Inbox inbox;
  private final Jobs jobs;

  Subscriptions(
      JdbcClient jdbc,
      WorkSummaries works,
      AccountDirectory accounts,
      Blocks blocks,
      Inbox inbox,
      Jobs jobs) {
    this.jobs = jobs;
    this.jdbc = jdbc;
    this.works = works;
    this.accounts = accounts;
    this.blocks = blocks;
    this.inbox = inbox;
  }

  @Transactional
  Subscription subscribe(Viewer viewer, @Nullable String type, @Nullable String id) {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in to subscribe.");
    }
    String kind = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    if (id == null || id.isBlank()) {
      throw ApiException.invalid("id", "is required");
    }
    long target =
        switch (kind) {
          case "work" -> {
            WorkSummary work = works.visible(viewer, number(id));
            blocks.checkNotBlocked(work.creatorAccountIds(), viewer.accountId(), "subscribe");
            yield work.id();
          }
          case "user" -> {
            long account =
                id.strip().matches("\\d+") && accounts.usernames(List.of(number(id))).size() == 1
                    ? number(id)
                    : accounts
                        .accountIdOf(id.strip())
                        .orElseThrow(() -> ApiException.notFound("User"));
            if (account == viewer.accountId()) {
              throw ApiException.invalid("id", "You cannot subscribe to yourself.");
            }
            blocks.checkNotBlocked(List.of(account), viewer.accountId(), "subscribe");
            yield account;
          }
          case "series" -> throw ApiException.notFound("Series");
          default -> throw ApiException.invalid("type", "must be work, user or series");
        };
    int inserted =
        jdbc.sql(
                "insert into subscriptions (account_id, type, target_id) values (?, ?, ?)"
                    + " on conflict do nothing")
            .params(viewer.accountId(), kind, target)
            .update();
    if (inserted == 0) {
      throw ApiException.conflict("id", "is already one of your subscriptions");
    }
    return find(viewer.accountId(), kind, target).orElseThrow();
  }

  void unsubscribe(Viewer viewer, long subscriptionId) {
    int deleted =
        jdbc.sql("delete from subscriptions where id = ? and account_id = ?")
            .params(subscriptionId, viewer.accountId())
            .update();
    if (deleted == 0) {
      throw ApiException.notFound("Subscription");
    }
  }

  List<Subscription> of(long accountId) {
    return jdbc.sql("select * from subscriptions where account_id = ? order by id desc")
        .param(accountId)
        .query((rs, n) -> row(rs))
        .list();
  }

  java.util.Optional<Subscription> find(long accountId, String type, long target) {
    return jdbc.sql(
            "select * from subscriptions where account_id = ? and type = ? and target_id = ?")
        .params(accountId, type, target)
        .query((rs, n) -> row(rs))
        .optional();
  }

  /** Queued in the posting transaction: the fan-out runs off the writer's request, and survives. */
  @EventListener
  void on(ChapterPosted event) {
    jobs.enqueue(KIND, new Notice(event.workId(), event.position(), newestSubscription()));
  }

  @EventListener
  void on(WorkPosted event) {
    jobs.enqueue(KIND, new Notice(event.workId(), null, newestSubscription()));
  }

  /** Those who subscribe after the post (before the job runs) are not told of it. */
  private long newestSubscription() {
    return jdbc.sql("select coalesce(max(id), 0) from subscriptions").query(Long.class).single();
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** Runs in the job's transaction, so each subscriber's entry is written exactly once. */
  @Override
  public void run(JsonNode payload) {
    long workId = payload.path("workId").asLong();
    long upTo = payload.path("subscriptionsUpTo").asLong(Long.MAX_VALUE);
    JsonNode chapter = payload.path("chapter");
    if (chapter.isNumber()) {
      int position = chapter.asInt();
      tell(
          workId,
          work -> subscribers("work", List.of(work.id()), upTo),
          "chapter",
          position,
          work -> "Chapter " + position + " of " + work.title() + " was posted.");
    } else {
      tell(
          workId,
          work -> subscribers("user", work.creatorAccountIds(), upTo),
          "work",
          null,
          work ->
              String.join(", ", work.creatorNames()) + " posted a new work: " + work.title() + ".");
    }
  }

  /**
   * An inbox entry for each subscriber the work is listed to (never a draft, never to the work's
   * own creators).
   */
  private void tell(
      long workId,
      Function<WorkSummary, List<Long>> readers,
      String kind,
      @Nullable Integer position,
      Function<WorkSummary, String> text) {
    works
        .find(workId)
        .ifPresent(
            work -> {
              for (long reader : readers.apply(work)) {
                if (Audience.member(reader).lists(work) && !work.createdBy(reader)) {
                  inbox.add(
                      reader, kind, work.id(), work.title(), position, null, text.apply(work));
                }
              }
            });
  }

  private List<Long> subscribers(String type, List<Long> targets, long upTo) {
    return jdbc.sql(
            "select distinct account_id from subscriptions where type = ? and target_id = any(?)"
                + " and id <= ?")
        .params(type, targets.toArray(Long[]::new), upTo)
        .query(Long.class)
        .list();
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalid("id", "must be a work id");
    }
  }

  private static Subscription row(ResultSet rs) throws java.sql.SQLException {
    return new Subscription(rs.getLong("id"), rs.getString("type"), rs.getLong("target_id"));
  }

  /** A new chapter (at this position) or, with none, a new work; for subscriptions up to an id. */
  private record Notice(long workId, @Nullable Integer chapter, long subscriptionsUpTo) {}

  /** A subscription: to a work (by id) or a user (by account id). */
  record Subscription(long id, String type, long targetId) {}
}
