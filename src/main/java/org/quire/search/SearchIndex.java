package org.quire.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;
import org.quire.listings.WorkDocument;
import org.quire.platform.DataDirectory;
import org.springframework.stereotype.Component;

/**
 * The two indexes under {@code $QUIRE_DATA_DIR/index}: {@code works}, everything listings filter,
 * sort, count and search by {@code q=}, and {@code text}, the chapter text searched by {@code
 * text=}. Chapter text is nearly all of an archive's bytes and rarely changes, while wrangling and
 * counters change works all the time; apart, a change to a work's tags does not read and analyse
 * its text again, and a rebuild can serve listings before the text is done.
 *
 * <p>Either index is rebuilt at start-up when it is missing, unreadable, of another schema version
 * or was not closed cleanly (see {@link IndexFolder}). The text index is filled by a pass of its
 * own (see {@link IndexMaintenance}); each of its commits records how far that pass has come, so a
 * restart resumes it rather than starting again.
 */
@Component
class SearchIndex implements AutoCloseable {
  /**
   * Threads sharing a batch of documents to index, and a search's segments: one per core, at most
   * four.
   */
  static final int ADDERS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

  /** Fewer documents than this each are not worth another thread. */
  private static final int MIN_SHARE = 50;

  // "complete", or the id of the last work whose chapter text the index holds.
  private static final String TEXT_KEY = "quire.text";
  private static final String TEXT_COMPLETE = "complete";

  private final SlicedSearchers slicedSearchers;
  private final IndexFolder works;
  private final IndexFolder text;
  private volatile boolean ready;
  private volatile boolean textReady;
  private volatile long textDoneThrough;

  @org.springframework.beans.factory.annotation.Autowired
  SearchIndex(DataDirectory data) throws IOException {
    this(data.folder("index"));
  }

  /** The indexes in these folders under {@code root}. */
  SearchIndex(Path root) throws IOException {
    this(root, SlicedSearchers.MIN_SLICE_DOCS);
  }

  /**
   * The indexes in these folders under {@code root}, a search shared among threads once the works
   * index holds twice {@code minSliceDocs} (tests share small ones).
   */
  SearchIndex(Path root, int minSliceDocs) throws IOException {
    this.slicedSearchers = new SlicedSearchers(ADDERS, minSliceDocs);
    this.works = new IndexFolder(root, "works", IndexFields.SCHEMA_VERSION, 64, slicedSearchers);
    this.text = new IndexFolder(root, "text", IndexFields.TEXT_SCHEMA_VERSION, 128, null);
    this.ready = works.startProblem() == null;
    String progress = text.committed(TEXT_KEY);
    this.textReady = TEXT_COMPLETE.equals(progress);
    this.textDoneThrough = textReady || progress == null ? 0 : Long.parseLong(progress);
  }

  /** Whether the works index must be rebuilt before it can answer listings. */
  boolean needsRebuild() {
    return works.startProblem() != null;
  }

  /** Whether the text index found at start-up was emptied, so its pass starts again. */
  boolean textEmptied() {
    return text.startProblem() != null;
  }

  /** Why an index found at start-up was rebuilt, or null when both were used as they were. */
  @Nullable String startProblem() {
    if (works.startProblem() != null) {
      return works.startProblem();
    }
    return text.startProblem() == null ? null : "chapter text: " + text.startProblem();
  }

  /** How many works the works index holds now. */
  int size() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /**
   * Whether either index is merging segments in the background: after a rebuild this goes on for a
   * while, and on a small machine it takes a core from the searches meanwhile.
   */
  boolean merging() {
    return works.merging() || text.merging();
  }

  /** Whether searches may be answered from the index (false while it is being rebuilt). */
  boolean ready() {
    return ready;
  }

  void ready(boolean value) {
    ready = value;
  }

  /** Whether every work's chapter text is indexed, so that {@code text=} may be answered here. */
  boolean textReady() {
    return textReady;
  }

  /** The id of the last work whose text the unfinished text pass has indexed. */
  long textDoneThrough() {
    return textDoneThrough;
  }

  /** Records the text pass's progress (recorded in the next commit). */
  void textProgress(long doneThrough, boolean complete) {
    textDoneThrough = doneThrough;
    textReady = complete;
  }

  IndexSearcher acquire() throws IOException {
    return works.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    works.release(searcher);
  }

  IndexSearcher acquireText() throws IOException {
    return text.acquire();
  }

  void releaseText(IndexSearcher searcher) throws IOException {
    text.release(searcher);
  }

  /**
   * Adds or replaces these works (a wrangling change replaces tens of thousands at once, so the
   * batch is shared among threads as in {@link #add}).
   */
  void upsert(List<WorkDocument> documents) throws IOException {
    inParallel(
        documents,
        work -> works.writer().updateDocument(idTerm(work.id()), IndexFields.document(work)));
  }

  /**
   * Adds these works to an emptied works index, during a rebuild: nothing is there to replace, so
   * no delete is buffered for each. The batch is shared among up to {@link #ADDERS} threads, since
   * analysing the documents is the rebuild's largest cost once the database reads ahead, and an
   * {@code IndexWriter} takes documents from several threads at once.
   */
  void add(List<WorkDocument> documents) throws IOException {
    inParallel(documents, work -> works.writer().addDocument(IndexFields.document(work)));
  }

  private interface Write {
    void apply(WorkDocument work) throws IOException;
  }

  private static void inParallel(List<WorkDocument> documents, Write write) throws IOException {
    int parts = Math.min(ADDERS, documents.size() / MIN_SHARE);
    if (parts <= 1) {
      writeAll(documents, write);
      return;
    }
    int size = (documents.size() + parts - 1) / parts;
    try (ExecutorService adders = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<@Nullable Void>> others = new ArrayList<>();
      for (int from = size; from < documents.size(); from += size) {
        List<WorkDocument> share = documents.subList(from, Math.min(documents.size(), from + size));
        others.add(
            adders.submit(
                () -> {
                  writeAll(share, write);
                  return null;
                }));
      }
      writeAll(documents.subList(0, size), write);
      for (Future<@Nullable Void> other : others) {
        other.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while adding documents");
    }
  }

  private static void writeAll(List<WorkDocument> documents, Write write) throws IOException {
    for (WorkDocument work : documents) {
      write.apply(work);
    }
  }

  /** Replaces the chapter text of these works (work id → text without markup). */
  void upsertText(Map<Long, String> texts) throws IOException {
    for (Map.Entry<Long, String> entry : texts.entrySet()) {
      text.writer()
          .updateDocument(
              idTerm(entry.getKey()), IndexFields.textDocument(entry.getKey(), entry.getValue()));
    }
  }

  /** Removes these works from both indexes. */
  void delete(Collection<Long> workIds) throws IOException {
    Term[] terms = workIds.stream().map(SearchIndex::idTerm).toArray(Term[]::new);
    works.writer().deleteDocuments(terms);
    text.writer().deleteDocuments(terms);
  }

  /** Removes these works from the text index only. */
  void deleteText(Collection<Long> workIds) throws IOException {
    if (!workIds.isEmpty()) {
      text.writer().deleteDocuments(workIds.stream().map(SearchIndex::idTerm).toArray(Term[]::new));
    }
  }

  void updateCounts(Map<Long, WorkDocument.Counts> counts) throws IOException {
    for (Map.Entry<Long, WorkDocument.Counts> entry : counts.entrySet()) {
      works
          .writer()
          .updateDocValues(idTerm(entry.getKey()), IndexFields.counters(entry.getValue()));
    }
  }

  /** Empties the works index, for a rebuild. */
  void deleteAll() throws IOException {
    works.writer().deleteAll();
  }

  /** Empties the text index, for a text pass from the start. */
  void deleteAllText() throws IOException {
    text.writer().deleteAll();
    textProgress(0, false);
  }

  /** Makes every change so far visible to searches. */
  void refresh() throws IOException {
    works.refresh();
    text.refresh();
  }

  void commit() throws IOException {
    works.commit(Map.of());
    text.commit(textData());
  }

  private Map<String, String> textData() {
    return Map.of(TEXT_KEY, textReady ? TEXT_COMPLETE : Long.toString(textDoneThrough));
  }

  /**
   * Commits and closes. Unless the works index is complete, neither is kept: a failed write or an
   * unfinished rebuild leaves both to be rebuilt at the next start.
   */
  @Override
  public void close() throws IOException {
    boolean complete = ready;
    try {
      works.close(complete ? Map.of() : null);
    } finally {
      try {
        text.close(complete ? textData() : null);
      } finally {
        slicedSearchers.close();
      }
    }
  }

  private static Term idTerm(long id) {
    return new Term(IndexFields.ID, Long.toString(id));
  }
}
