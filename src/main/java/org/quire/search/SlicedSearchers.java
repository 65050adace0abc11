package org.quire.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that share one search among a thread per core, each taking whole segments (about as
 * many documents each): a broad listing of a large archive visits most of its works, and one reader
 * waits on it alone. Small indexes, or one segment, are searched on the caller's thread. Segments
 * are never split, since facet counting decides per segment how to count.
 */
final class SlicedSearchers extends SearcherFactory implements AutoCloseable {
  /** Below this many documents a slice costs more to hand over than it saves. */
  static final int MIN_SLICE_DOCS = 20_000;

  private final int threads;
  private final int minSliceDocs;
  private final ExecutorService executor;

  SlicedSearchers(int threads) {
    this(threads, MIN_SLICE_DOCS);
  }

  SlicedSearchers(int threads, int minSliceDocs) {
    this.threads = threads;
    this.minSliceDocs = minSliceDocs;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "search-slice-" + n.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
    return new IndexSearcher(reader, executor) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return balanced(leaves, threads, minSliceDocs);
      }
    };
  }

  /** Whole segments in at most {@code count} slices of about equal size, largest first. */
  static IndexSearcher.LeafSlice[] balanced(
      List<LeafReaderContext> leaves, int count, int minSliceDocs) {
    long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
    int slices = (int) Math.clamp(Math.min(docs / minSliceDocs, leaves.size()), 1, count);
    List<List<IndexSearcher.LeafReaderContextPartition>> parts = new ArrayList<>();
    long[] sizes = new long[slices];
    for (int i = 0; i < slices; i++) {
      parts.add(new ArrayList<>());
    }
    List<LeafReaderContext> bySize = new ArrayList<>(leaves);
    bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
    for (LeafReaderContext leaf : bySize) {
      int smallest = 0;
      for (int i = 1; i < slices; i++) {
        if (sizes[i] < sizes[smallest]) {
          smallest = i;
        }
      }
      parts
          .get(smallest)
          .add(IndexSearcher.LeafReaderContextPartition.createForEntireSegment(leaf));
      sizes[smallest] += leaf.reader().maxDoc();
    }
    return parts.stream()
        .filter(part -> !part.isEmpty())
        .map(IndexSearcher.LeafSlice::new)
        .toArray(IndexSearcher.LeafSlice[]::new);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
