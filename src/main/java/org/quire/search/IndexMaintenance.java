package org.quire.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.quire.listings.WorkDocument;
import org.quire.listings.WorkDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the database's works into the indexes: a few works after each change, everything in a
 * rebuild. A rebuild reads the works in id order while changes keep arriving; works changed during
 * it are indexed once more at its end, so a stale read can never win. If writing fails the indexes
 * are taken out of service and rebuilt, and listings are answered by SQL meanwhile.
 *
 * <p>A rebuild has two passes. The first fills the works index, after which listings come back to
 * it; the second fills the text index (chapter text, nearly all of an archive's bytes), and until
 * it ends {@code text=} searches are answered by SQL. The text pass reads ahead of its writes, and
 * a batch never replaces text a change wrote after the batch was read ({@link TextPass}). Wrangling
 * rewrites works' documents in the works index only.
 */
@Component
class IndexMaintenance {
  private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
  static final int BATCH = 500;

  private final SearchIndex index;
  private final WorkDocuments documents;
  private final ReentrantLock writing = new ReentrantLock();
  private final TextPass textPass;
  private final AtomicBoolean rebuildQueued = new AtomicBoolean();
  private final AtomicBoolean textQueued = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile @Nullable Set<Long> changedDuringRebuild;
  private volatile @Nullable Rebuilt lastRebuild;

  IndexMaintenance(SearchIndex index, WorkDocuments documents) {
    this.index = index;
    this.documents = documents;
    this.textPass = new TextPass(index, documents, writing);
  }

  /** Stops a text pass between batches; the index's last commit says where to resume. */
  @PreDestroy
  void stop() {
    stopping = true;
    writing.lock();
    writing.unlock();
  }

  /**
   * Indexes these works as the database has them now (a draft or deleted work leaves).
   *
   * @param withText whether their chapter text may have changed too
   */
  void reindex(Collection<Long> workIds, boolean withText) {
    Set<Long> changed = changedDuringRebuild;
    if (changed != null) {
      changed.addAll(workIds);
    }
    writing.lock();
    try {
      List<Long> ids = new ArrayList<>(workIds);
      for (int from = 0; from < ids.size(); from += BATCH) {
        write(ids.subList(from, Math.min(ids.size(), from + BATCH)), withText);
      }
      index.refresh();
    } catch (IOException | RuntimeException e) {
      failed(e);
    } finally {
      writing.unlock();
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

  private void write(List<Long> ids, boolean withText) throws IOException {
    List<WorkDocument> found = documents.load(ids);
    index.upsert(found);
    Set<Long> gone = new HashSet<>(ids);
    found.forEach(w -> gone.remove(w.id()));
    if (!gone.isEmpty()) {
      index.delete(gone);
    }
    if (withText) {
      Map<Long, String> texts = documents.texts(found.stream().map(WorkDocument::id).toList());
      index.upsertText(texts);
      textPass.changeWrote(texts.keySet());
    }
  }

  /**
   * Rebuilds both indexes from the database; listings use SQL until the first pass is done, text
   * searches until the second is.
   */
  synchronized Rebuilt rebuild() {
    return rebuild(true);
  }

  /**
   * Rebuilds the works index, then the text index too or only what its pass has still to do.
   *
   * @param text whether the text index is emptied and filled again
   */
  synchronized Rebuilt rebuild(boolean text) {
    rebuildQueued.set(false);
    long start = System.nanoTime();
    index.ready(false);
    Set<Long> changed = ConcurrentHashMap.newKeySet();
    changedDuringRebuild = changed;
    long[] count = {0};
    try {
      index.deleteAll();
      ReadAhead.<List<WorkDocument>>run(
          batches -> documents.forEachPosted(BATCH, batches),
          batch -> {
            index.add(batch);
            count[0] += batch.size();
          });
      changedDuringRebuild = null;
      for (List<Long> again : batches(changed)) {
        write(again, false);
      }
      if (text) {
        writing.lock();
        try {
          index.deleteAllText();
        } finally {
          writing.unlock();
        }
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
        "Search index rebuilt for listings: {}; chapter text follows",
        TextPass.rate(count[0], seconds));
    lastRebuild = new Rebuilt(count[0], seconds, null, Instant.now());
    Double textSeconds = index.textReady() ? Double.valueOf(0) : addText();
    Rebuilt rebuilt = new Rebuilt(count[0], seconds, textSeconds, Instant.now());
    lastRebuild = rebuilt;
    return rebuilt;
  }

  /**
   * The text pass (see {@link TextPass}): indexes the chapter text of every work after the last one
   * done. Returns its duration, or null when it was stopped or failed.
   */
  synchronized @Nullable Double addText() {
    textQueued.set(false);
    try {
      return textPass.run(() -> stopping);
    } catch (IOException | RuntimeException e) {
      failed(e);
      return null;
    }
  }

  @Nullable Rebuilt lastRebuild() {
    return lastRebuild;
  }

  /** Starts a rebuild of both indexes in the background unless one is already waiting. */
  void rebuildInBackground() {
    rebuildInBackground(true);
  }

  /**
   * Starts a rebuild in the background unless one is already waiting.
   *
   * @param text whether the text index is rebuilt from the start too
   */
  void rebuildInBackground(boolean text) {
    if (rebuildQueued.compareAndSet(false, true)) {
      Thread.ofVirtual().name("index-rebuild").start(() -> rebuild(text));
    }
  }

  /** Resumes an unfinished text pass in the background. */
  void addTextInBackground() {
    if (textQueued.compareAndSet(false, true)) {
      Thread.ofVirtual().name("index-text").start(this::addText);
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

  /**
   * What a rebuild did.
   *
   * @param seconds until listings were answered by the index again
   * @param textSeconds the text pass after that; null while it runs, or if it was stopped; 0 when
   *     the text index was kept and had nothing left to do
   */
  record Rebuilt(long works, double seconds, @Nullable Double textSeconds, Instant finishedAt) {
    long worksPerSecond() {
      return Math.round(works / Math.max(seconds, 1e-3));
    }
  }
}
