package org.quire.platform;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work that must follow a commit, queued durably: {@link #enqueue} writes a {@code pending_jobs}
 * row in the caller's transaction, so the job commits (or rolls back) with its cause and survives a
 * crash. Workers on every node claim and run the jobs ({@link JobHandler}s by kind); this node's
 * worker is woken as soon as the transaction commits, so the work usually follows within
 * milliseconds.
 */
@Component
public class Jobs {
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Semaphore wake = new Semaphore(0);

  Jobs(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Queues a job of this kind; the payload is stored as JSON and handed back to its handler. */
  public void enqueue(String kind, Object payload) {
    jdbc.sql("insert into pending_jobs (kind, payload) values (?, ?::jsonb)")
        .params(kind, json.writeValueAsString(payload))
        .update();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              wake();
            }
          });
    } else {
      wake();
    }
  }

  void wake() {
    if (wake.availablePermits() < 64) {
      wake.release();
    }
  }

  /** Waits until a job is queued on this node or the timeout passes. */
  void await(long millis) throws InterruptedException {
    if (wake.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
      wake.drainPermits();
    }
  }
}
