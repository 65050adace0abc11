package org.quire.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@link Jobs pending jobs} on one thread of this node, from start-up (which resumes what a
 * stopped or crashed node left) to shutdown: woken by this node's commits, and polling for the
 * others'. A job is claimed in a short transaction (counting the attempt and setting when it may be
 * tried again), then run in a second one that holds its row locked and deletes it. Other nodes skip
 * locked rows; a claimed row that nobody holds is a dead worker's and is taken again at once. After
 * {@value #MAX_ATTEMPTS} failed attempts a job is kept, marked failed, with its last error.
 */
@Component
class JobWorker {
  private static final Logger log = LoggerFactory.getLogger(JobWorker.class);
  static final int MAX_ATTEMPTS = 10;
  private static final long POLL_MILLIS = Duration.ofSeconds(2).toMillis();
  // Seconds before an attempt that failed is tried again: 2^attempts, at most ten minutes.
  private static final String CLAIM =
      "update pending_jobs set attempts = attempts + 1, claim = :claim,"
          + " run_after = now() + make_interval(secs => least(600, power(2, attempts + 1)))"
          + " where id = (select id from pending_jobs where failed_at is null"
          + " and (run_after <= now() or claim is not null) and kind = any(:kinds)"
          + " order by id limit 1 for update skip locked)"
          + " returning id, kind, payload::text as payload, attempts";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Jobs jobs;
  private final JsonMapper json;
  private final Map<String, JobHandler> handlers;
  private final boolean enabled;
  private volatile boolean running;
  private Optional<Thread> thread = Optional.empty();

  JobWorker(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      Jobs jobs,
      JsonMapper json,
      List<JobHandler> handlers,
      QuireProperties properties,
      @Value("${quire.command:serve}") String command) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.jobs = jobs;
    this.json = json;
    this.handlers =
        handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    // Serving and the bench's server run jobs; `reindex` only rebuilds the index and exits.
    this.enabled = properties.jobs().worker() && !command.equals("reindex");
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (!enabled || running) {
      return;
    }
    running = true;
    thread = Optional.of(Thread.ofPlatform().name("quire-jobs").daemon().start(this::loop));
    log.info("Job worker started for {}", handlers.keySet());
  }

  @jakarta.annotation.PreDestroy
  synchronized void stop() throws InterruptedException {
    running = false;
    jobs.wake();
    if (thread.isPresent()) {
      // A job cut short by the shutdown is rolled back and taken again at the next start.
      thread.get().join(Duration.ofSeconds(15));
    }
  }

  private void loop() {
    while (running) {
      try {
        while (running && runNext()) {
          // until no job is due
        }
        jobs.await(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database is away (restarting, failing over): wait for the next poll.
        log.warn("Job worker: {}", e.toString());
        sleep();
      }
    }
  }

  /** Claims and runs the oldest due job; false when none is due. */
  boolean runNext() {
    UUID claim = UUID.randomUUID();
    Optional<Claimed> next =
        jdbc.sql(CLAIM)
            .param("claim", claim)
            .param("kinds", handlers.keySet().toArray(String[]::new))
            .query(
                (rs, n) ->
                    new Claimed(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
            .optional();
    next.ifPresent(job -> run(job, claim));
    return next.isPresent();
  }

  private void run(Claimed job, UUID claim) {
    JobHandler handler = handlers.get(job.kind());
    try {
      transactions.executeWithoutResult(
          status -> {
            boolean ours =
                jdbc.sql("select 1 from pending_jobs where id = ? and claim = ? for update")
                    .params(job.id(), claim)
                    .query(Integer.class)
                    .optional()
                    .isPresent();
            if (ours) { // else another worker took it over between the claim and now
              handler.run(json.readTree(job.payload()));
              jdbc.sql("delete from pending_jobs where id = ?").param(job.id()).update();
            }
          });
    } catch (RuntimeException e) {
      boolean last = job.attempts() >= MAX_ATTEMPTS;
      log.warn(
          "Job {} ({}) failed on attempt {}{}",
          job.id(),
          job.kind(),
          job.attempts(),
          last ? ", the last one" : ", will be tried again",
          e);
      jdbc.sql(
              "update pending_jobs set claim = null, last_error = ?,"
                  + " failed_at = case when ? then now() end where id = ? and claim = ?")
          .params(String.valueOf(e), last, job.id(), claim)
          .update();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Claimed(long id, String kind, String payload, int attempts) {}
}
