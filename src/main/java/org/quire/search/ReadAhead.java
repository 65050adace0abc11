package org.quire.search;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads the next batches while the current one is written: during a rebuild the database and the
 * index writer then work at the same time, each on its own core, instead of taking turns.
 */
final class ReadAhead {
  private static final int AHEAD = 3;
  private static final Object END = new Object();

  private ReadAhead() {}

  /** What each batch is handed to. */
  interface Writer<T> {
    void write(T batch) throws IOException;
  }

  /**
   * Runs {@code reader} on another thread, handing each batch it produces to {@code writer} here,
   * in order. A failure on either side stops both and is thrown here.
   */
  static <T> void run(Consumer<Consumer<T>> reader, Writer<T> writer) throws IOException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    AtomicBoolean stopped = new AtomicBoolean();
    CompletableFuture<Void> reading =
        CompletableFuture.runAsync(
            () -> {
              try {
                reader.accept(batch -> put(queue, batch, stopped));
              } finally {
                if (!stopped.get()) {
                  put(queue, END, stopped);
                }
              }
            },
            task -> Thread.ofVirtual().name("index-read-ahead").start(task));
    try {
      while (true) {
        Object next = take(queue, reading);
        if (next == END) {
          break;
        }
        @SuppressWarnings("unchecked")
        T batch = (T) next;
        writer.write(batch);
      }
      reading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      stopped.set(true);
      queue.clear();
    }
  }

  private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (stopped.get()) {
          throw new CancellationException("The index writer stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted");
    }
  }

  /** The next item, or the reader's failure if it failed before producing one. */
  private static Object take(BlockingQueue<Object> queue, CompletableFuture<Void> reading) {
    try {
      while (true) {
        Object next = queue.poll(100, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        if (reading.isDone()) {
          next = queue.poll();
          if (next != null) {
            return next;
          }
          reading.join(); // throws the reader's failure
          return END;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted");
    }
  }
}
