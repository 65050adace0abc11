package org.quire.works;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.quire.accounts.Viewer;
import org.quire.platform.AddressKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts one hit per reader (account, or keyed hash of the address) per work per day. Page views
 * only note the visit in memory; a flush every two seconds writes them, so counting never slows a
 * page. Addresses are never stored.
 */
@Component
class HitCounter {
  private final WorkRepository works;
  private final ApplicationEventPublisher events;
  private final AddressKeys addresses;
  private final TransactionTemplate transactions;
  private final Set<Visit> pending = ConcurrentHashMap.newKeySet();
  private final ReentrantLock flushing = new ReentrantLock();

  HitCounter(
      WorkRepository works,
      AddressKeys addresses,
      ApplicationEventPublisher events,
      TransactionTemplate transactions) {
    this.events = events;
    this.transactions = transactions;
    this.works = works;
    this.addresses = addresses;
  }

  /** Notes a reading of a work listed to the viewer (never a draft); creators' own views skip. */
  void record(Viewer viewer, Work work, String remoteAddress) {
    if (!Audience.of(viewer).lists(work) || work.createdBy(viewer.accountId())) {
      return;
    }
    String visitor =
        viewer.isGuest() ? "ip:" + addresses.of(remoteAddress) : "u:" + viewer.accountId();
    pending.add(new Visit(work.id(), visitor));
  }

  /**
   * Writes the visits noted so far. One flush at a time, and the lock is held until its transaction
   * has committed: a caller (the scheduler, or a test) that finds nothing pending because another
   * flush took the visits returns only once those are counted.
   */
  @Scheduled(fixedDelay = 2000)
  public void flush() {
    flushing.lock();
    try {
      if (!pending.isEmpty()) {
        transactions.executeWithoutResult(status -> write());
      }
    } finally {
      flushing.unlock();
    }
  }

  private void write() {
    Map<Long, Integer> hits = new HashMap<>();
    for (Visit visit : Set.copyOf(pending)) {
      pending.remove(visit);
      if (works.recordVisit(visit.workId(), visit.visitor())) {
        hits.merge(visit.workId(), 1, Integer::sum);
      }
    }
    works.addHits(hits);
    // The reading cache drops these works once this commits (ReadingCache listens).
    if (!hits.isEmpty()) {
      events.publishEvent(new WorkCountsChanged(List.copyOf(hits.keySet())));
    }
  }

  private record Visit(long workId, String visitor) {}
}
