package org.quire.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate limits counted in PostgreSQL, so that they hold however many nodes serve the archive: each
 * action is a row of {@code rate_events}, and an action is refused (429) when its subject already
 * has {@code limit} of that kind within the window. Windows are at most a day.
 */
@Component
public class RecentActions {
  private static final Duration LONGEST_WINDOW = Duration.ofDays(1);
  private final JdbcClient jdbc;

  RecentActions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records one {@code kind} action by {@code subject}, or throws {@link RateLimitedException} with
   * {@code message} (given the seconds to wait) when {@code limit} are already in {@code window}.
   * Runs in the caller's transaction, which holds a lock on the subject until it ends: concurrent
   * actions are counted exactly, and an action that fails later (rolled back) is not counted.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      String kind, String subject, int limit, Duration window, LongFunction<String> message) {
    if (window.compareTo(LONGEST_WINDOW) > 0) {
      throw new IllegalArgumentException("Windows longer than a day are purged too early");
    }
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
        .param(kind + ":" + subject)
        .query((rs, n) -> 1)
        .single();
    // The limit-th newest action in the window, if any: when it leaves the window, one may follow.
    Optional<Long> wait =
        jdbc.sql(
                "select ceil(extract(epoch from created_at + make_interval(secs => :window)"
                    + " - now()))::bigint from rate_events"
                    + " where kind = :kind and subject = :subject"
                    + " and created_at > now() - make_interval(secs => :window)"
                    + " order by created_at desc offset :skip limit 1")
            .param("window", (double) window.toSeconds())
            .param("kind", kind)
            .param("subject", subject)
            .param("skip", limit - 1)
            .query(Long.class)
            .optional();
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get());
      throw new RateLimitedException(message.apply(seconds), seconds);
    }
    jdbc.sql("insert into rate_events (kind, subject) values (?, ?)")
        .params(kind, subject)
        .update();
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  void purge() {
    jdbc.sql("delete from rate_events where created_at < now() - make_interval(secs => ?)")
        .param((double) LONGEST_WINDOW.toSeconds())
        .update();
  }
}
