package org.quire.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.quire.platform.DataDirectory;
import org.quire.works.WorkDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The index files under {@code $QUIRE_DATA_DIR/index/works}: one long-lived {@link IndexWriter} and
 * a {@link SearcherManager} over it. A marker file says the index is in use; it is removed only by
 * a clean close, so an index left by a crash is known to be behind the database and is rebuilt, as
 * is one that is missing, unreadable or of another schema version.
 *
 * <p>Chapter text is added by a second pass after a rebuild (see {@link IndexMaintenance}); each
 * commit records how far that pass has come, so a restart resumes it rather than starting again.
 */
@Component
class SearchIndex implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
  private static final String SCHEMA_KEY = "quire.schema";
  // "complete", or the id of the last work whose chapter text the index holds.
  private static final String TEXT_KEY = "quire.text";
  private static final String TEXT_COMPLETE = "complete";

  private final Path folder;
  private final Path inUseMarker;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final @Nullable String startProblem;
  private volatile boolean ready;
  private volatile boolean textReady;
  private volatile long textDoneThrough;

  SearchIndex(DataDirectory data) throws IOException {
    Path root = data.folder("index");
    this.folder = root.resolve("works");
    this.inUseMarker = root.resolve("works.in-use");
    Files.createDirectories(folder);
    String problem = problem();
    this.startProblem = problem;
    boolean needsRebuild = problem != null;
    if (needsRebuild) {
      log.info("The search index will be rebuilt from the database: {}", problem);
      deleteContents(folder);
    }
    this.directory = FSDirectory.open(folder);
    IndexWriterConfig config =
        new IndexWriterConfig(new WorkAnalyzer())
            .setOpenMode(
                needsRebuild
                    ? IndexWriterConfig.OpenMode.CREATE
                    : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    Files.writeString(inUseMarker, "The search index is open; a clean shutdown removes this file.");
    this.searchers = new SearcherManager(writer, null);
    this.ready = problem == null;
    if (ready) {
      String text = SegmentInfos.readLatestCommit(directory).getUserData().get(TEXT_KEY);
      this.textReady = TEXT_COMPLETE.equals(text);
      this.textDoneThrough = textReady || text == null ? 0 : Long.parseLong(text);
    }
  }

  /** Why the index on disk cannot be used as it is, or null when it can. */
  private @Nullable String problem() {
    if (Files.exists(inUseMarker)) {
      return "it was not closed cleanly";
    }
    try (Directory dir = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(dir)) {
        return "there is none yet";
      }
      String version = SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_KEY);
      if (!String.valueOf(IndexFields.SCHEMA_VERSION).equals(version)) {
        return "it has schema version " + version + ", not " + IndexFields.SCHEMA_VERSION;
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "it cannot be read (" + e.getMessage() + ")";
    }
  }

  boolean needsRebuild() {
    return startProblem != null;
  }

  /** Why the index found at start-up was rebuilt, or null when it was used as it was. */
  @Nullable String startProblem() {
    return startProblem;
  }

  /** How many works the index holds now. */
  int size() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
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
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  void upsert(List<WorkDocument> works) throws IOException {
    for (WorkDocument work : works) {
      writer.updateDocument(idTerm(work.id()), IndexFields.document(work));
    }
  }

  void delete(Collection<Long> workIds) throws IOException {
    writer.deleteDocuments(workIds.stream().map(SearchIndex::idTerm).toArray(Term[]::new));
  }

  void updateCounts(Map<Long, WorkDocument.Counts> counts) throws IOException {
    for (Map.Entry<Long, WorkDocument.Counts> entry : counts.entrySet()) {
      writer.updateDocValues(idTerm(entry.getKey()), IndexFields.counters(entry.getValue()));
    }
  }

  void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes every change so far visible to searches. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(
                SCHEMA_KEY,
                String.valueOf(IndexFields.SCHEMA_VERSION),
                TEXT_KEY,
                textReady ? TEXT_COMPLETE : Long.toString(textDoneThrough))
            .entrySet());
    writer.commit();
  }

  /** Commits and closes; the in-use marker goes only if the index is complete. */
  @Override
  public void close() throws IOException {
    searchers.close();
    if (ready) {
      commit();
    }
    writer.close();
    directory.close();
    if (ready) {
      Files.deleteIfExists(inUseMarker);
    }
  }

  private static Term idTerm(long id) {
    return new Term(IndexFields.ID, Long.toString(id));
  }

  private static void deleteContents(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(folder)) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear the search index at " + folder, e);
    }
  }
}
