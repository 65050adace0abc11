package org.quire.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.quire.works.WorkDocument;
import org.quire.works.WorkDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the database's works into the index: a few works after each change, everything in a
 * rebuild. A rebuild reads the works in id order while changes keep arriving; works changed during
 * it are indexed once more at its end, so a stale read can never win. If writing fails the index is
 * taken out of service and rebuilt, and listings are answered by SQL meanwhile.
 */
@Component
class IndexMaintenance {
  private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
  static final int BATCH = 500;

  private final SearchIndex index;
  private final WorkDocuments documents;
  private final AtomicBoolean rebuildQueued = new AtomicBoolean();
  private volatile @Nullable Set<Long> changedDuringRebuild;
  private volatile @Nullable Rebuilt lastRebuild;

  IndexMaintenance(SearchIndex index, WorkDocuments documents) {
    this.index = index;
    this.documents = documents;
  }

  /** Indexes these works as the database has them now (a draft or deleted work leaves). */
  void reindex(Collection<Long> workIds) {
    Set<Long> changed = changedDuringRebuild;
    if (changed != null) {
      changed.addAll(workIds);
    }
    try {
      List<Long> ids = new ArrayList<>(workIds);
      for (int from = 0; from < ids.size(); from += BATCH) {
        write(ids.subList(from, Math.min(ids.size(), from + BATCH)));
      }
      index.refresh();
    } catch (IOException | RuntimeException e) {
      failed(e);
    }
  }

  /** Replaces the counters of these works in place. */
  void updateCounts(Collection<Long> workIds) {
    try {
      index.updateCounts(documents.counts(workIds));
      index.refresh();
    } catch (IOException | RuntimeException e) {
      failed(e);
    }
  }

  private void write(List<Long> ids) throws IOException {
    List<WorkDocument> found = documents.load(ids);
    index.upsert(found);
    Set<Long> gone = new HashSet<>(ids);
    found.forEach(w -> gone.remove(w.id()));
    if (!gone.isEmpty()) {
      index.delete(gone);
    }
  }

  /** Rebuilds the whole index from the database; listings use SQL until it is done. */
  synchronized Rebuilt rebuild() {
    rebuildQueued.set(false);
    long start = System.nanoTime();
    index.ready(false);
    Set<Long> changed = ConcurrentHashMap.newKeySet();
    changedDuringRebuild = changed;
    long[] count = {0};
    try {
      index.deleteAll();
      documents.forEachPosted(
          BATCH,
          batch -> {
            try {
              index.upsert(batch);
              count[0] += batch.size();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      changedDuringRebuild = null;
      for (List<Long> again : batches(changed)) {
        write(again);
      }
      index.commit();
      index.refresh();
      index.ready(true);
    } catch (IOException | RuntimeException e) {
      changedDuringRebuild = null;
      log.error("Rebuilding the search index failed; listings are answered by SQL", e);
      throw new IllegalStateException("Rebuilding the search index failed", e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    log.info(
        "Search index rebuilt: {} works in {} s ({} works/s)",
        count[0],
        String.format(java.util.Locale.ROOT, "%.1f", seconds),
        Math.round(count[0] / Math.max(seconds, 1e-3)));
    Rebuilt rebuilt = new Rebuilt(count[0], seconds, java.time.Instant.now());
    lastRebuild = rebuilt;
    return rebuilt;
  }

  @Nullable Rebuilt lastRebuild() {
    return lastRebuild;
  }

  /** Starts a rebuild in the background unless one is already waiting. */
  void rebuildInBackground() {
    if (rebuildQueued.compareAndSet(false, true)) {
      Thread.ofVirtual().name("index-rebuild").start(this::rebuild);
    }
  }

  private void failed(Exception e) {
    log.error("Updating the search index failed; it will be rebuilt from the database", e);
    index.ready(false);
    rebuildInBackground();
  }

  private static List<List<Long>> batches(Set<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> batches = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
    }
    return batches;
  }

  /** What a rebuild did. */
  record Rebuilt(long works, double seconds, java.time.Instant finishedAt) {
    long worksPerSecond() {
      return Math.round(works / Math.max(seconds, 1e-3));
    }
  }
}
