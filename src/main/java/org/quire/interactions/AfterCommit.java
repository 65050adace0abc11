package org.quire.interactions;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action now and again once the current transaction commits: a cache emptied only before
 * the commit could be refilled with the old rows by a reader in between.
 */
final class AfterCommit {
  private AfterCommit() {}

  static void evict(Runnable eviction) {
    eviction.run();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              eviction.run();
            }
          });
    }
  }
}
