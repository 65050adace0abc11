package org.quire.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quire.listings.WorkDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the text index with every posted work's chapter text after the last one done, committing
 * now and then so that a restart resumes it. The database is read a few batches ahead of the index
 * writer, each on its own core.
 *
 * <p>Changes keep being indexed meanwhile, under the same lock as this pass's writes. A batch read
 * before a change wrote a work's text must not put back the older text: each change's write is
 * numbered, each batch remembers the last number before it was read, and a work written by a change
 * numbered after that is left as the change wrote it. (A change numbered before it was written
 * before the batch was read, so the batch's text is at least as new.)
 */
final class TextPass {
  private static final Logger log = LoggerFactory.getLogger(TextPass.class);
  static final int BATCH = 100;
  private static final long CHECKPOINT_NANOS = 30_000_000_000L;

  private final SearchIndex index;
  private final WorkDocuments documents;
  private final ReentrantLock writing;
  private final AtomicLong changeWrites = new AtomicLong();
  private volatile @Nullable Map<Long, Long> writtenByChanges;

  /**
   * @param writing held by whoever writes the text index
   */
  TextPass(SearchIndex index, WorkDocuments documents, ReentrantLock writing) {
    this.index = index;
    this.documents = documents;
    this.writing = writing;
  }

  /** To be called, under the lock, after a change wrote these works' text. */
  void changeWrote(Collection<Long> workIds) {
    Map<Long, Long> written = writtenByChanges;
    if (written != null) {
      long number = changeWrites.incrementAndGet();
      workIds.forEach(id -> written.put(id, number));
    }
  }

  /**
   * Runs the pass to its end; its duration in seconds, or null when {@code stopping} said to stop
   * (the last commit says where to resume).
   */
  @Nullable Double run(BooleanSupplier stopping) throws IOException {
    Map<Long, Long> written = new ConcurrentHashMap<>();
    writtenByChanges = written;
    long start = System.nanoTime();
    long[] works = {0};
    long[] lastCheckpoint = {start};
    try {
      ReadAhead.<Batch>run(
          batches -> read(index.textDoneThrough(), stopping, batches),
          batch -> {
            write(batch, written, stopping);
            works[0] += batch.ids().size();
            if (System.nanoTime() - lastCheckpoint[0] > CHECKPOINT_NANOS) {
              index.commit();
              index.refresh();
              lastCheckpoint[0] = System.nanoTime();
            }
          });
      if (stopping.getAsBoolean()) {
        return null;
      }
      writing.lock();
      try {
        index.textProgress(index.textDoneThrough(), true);
      } finally {
        writing.unlock();
      }
      index.commit();
      index.refresh();
    } catch (CancellationException e) {
      return null;
    } finally {
      writtenByChanges = null;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    log.info("Chapter text indexed: {}", rate(works[0], seconds));
    return seconds;
  }

  /**
   * @param changesBefore the number of the last change's write before the batch was read
   */
  private record Batch(List<Long> ids, Map<Long, String> texts, long changesBefore) {}

  private void read(long after, BooleanSupplier stopping, Consumer<Batch> batches) {
    long last = after;
    while (!stopping.getAsBoolean()) {
      long changesBefore = changeWrites.get();
      List<Long> ids = documents.postedIdsAfter(last, BATCH);
      if (ids.isEmpty()) {
        return;
      }
      batches.accept(new Batch(ids, documents.texts(ids), changesBefore));
      last = ids.get(ids.size() - 1);
    }
  }

  private void write(Batch batch, Map<Long, Long> written, BooleanSupplier stopping)
      throws IOException {
    writing.lock();
    try {
      if (stopping.getAsBoolean()) {
        throw new CancellationException("The archive is stopping");
      }
      Map<Long, String> texts = new HashMap<>();
      List<Long> gone = new ArrayList<>();
      for (long id : batch.ids()) {
        Long change = written.get(id);
        if (change != null && change > batch.changesBefore()) {
          continue; // a change wrote newer text since this batch was read
        }
        String text = batch.texts().get(id);
        if (text == null) {
          gone.add(id); // no longer posted when read
        } else {
          texts.put(id, text);
        }
      }
      index.upsertText(texts);
      index.deleteText(gone);
      index.textProgress(batch.ids().get(batch.ids().size() - 1), false);
    } finally {
      writing.unlock();
    }
  }

  /** "N works in S s (R works/s)", as both passes log their end. */
  static String rate(long works, double seconds) {
    return String.format(
        Locale.ROOT,
        "%d works in %.1f s (%d works/s)",
        works,
        seconds,
        Math.round(works / Math.max(seconds, 1e-3)));
  }
}
