package org.quire.search;

import java.util.List;
import org.quire.works.WorkCountsChanged;
import org.quire.works.WorkEvent;
import org.quire.works.WorksRefiltered;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database. A posted, edited or deleted work is re-indexed after
 * its transaction commits and before the request answers, so the writer's next listing shows it;
 * wrangling and counter changes follow within a second. At start-up, an index that needs it is
 * rebuilt in the background while the archive serves, and an unfinished text pass is resumed.
 */
@Component
class IndexUpdates {
  private final IndexMaintenance maintenance;
  private final SearchIndex index;
  private final String command;

  IndexUpdates(
      IndexMaintenance maintenance,
      SearchIndex index,
      @Value("${quire.command:serve}") String command) {
    this.maintenance = maintenance;
    this.index = index;
    this.command = command;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildIfNeeded() {
    if (!command.equals("serve")) {
      return;
    }
    if (index.needsRebuild()) {
      maintenance.rebuildInBackground(index.textEmptied());
    } else if (!index.textReady()) {
      maintenance.addTextInBackground();
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(WorkEvent event) {
    maintenance.reindex(List.of(event.workId()), true);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(WorksRefiltered event) {
    maintenance.reindex(event.workIds(), false);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(WorkCountsChanged event) {
    maintenance.updateCounts(event.workIds());
  }
}
