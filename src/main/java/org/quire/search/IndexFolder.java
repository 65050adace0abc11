package org.quire.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lucene index in a folder of its own: a long-lived {@link IndexWriter} and a {@link
 * SearcherManager} over it. A marker file beside the folder says the index is in use; only a clean
 * close of a complete index removes it, so an index left by a crash is known to be behind the
 * database. Such an index, or one missing, unreadable or of another schema version, is emptied at
 * opening and {@link #startProblem()} says why.
 */
final class IndexFolder implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IndexFolder.class);
  private static final String SCHEMA_KEY = "quire.schema";

  private final Path folder;
  private final Path inUseMarker;
  private final int schemaVersion;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final @Nullable String startProblem;
  private final Map<String, String> committed;

  /**
   * @param name the folder under {@code root}, and the marker's name
   * @param schemaVersion an index committed with another one is emptied
   * @param searchers how its searchers are made, null for Lucene's plain ones
   */
  IndexFolder(
      Path root,
      String name,
      int schemaVersion,
      double ramBufferMb,
      @Nullable SearcherFactory searchers)
      throws IOException {
    this.folder = root.resolve(name);
    this.inUseMarker = root.resolve(name + ".in-use");
    this.schemaVersion = schemaVersion;
    Files.createDirectories(folder);
    String problem = problem();
    this.startProblem = problem;
    if (problem != null) {
      log.info("The search index '{}' will be rebuilt from the database: {}", name, problem);
      deleteContents(folder);
    }
    this.directory = FSDirectory.open(folder);
    IndexWriterConfig config =
        new IndexWriterConfig(new WorkAnalyzer())
            .setOpenMode(
                problem != null
                    ? IndexWriterConfig.OpenMode.CREATE
                    : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(ramBufferMb);
    this.writer = new IndexWriter(directory, config);
    Files.writeString(inUseMarker, "The search index is open; a clean shutdown removes this file.");
    this.searchers = new SearcherManager(writer, searchers);
    this.committed =
        problem == null ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
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
      if (!String.valueOf(schemaVersion).equals(version)) {
        return "it has schema version " + version + ", not " + schemaVersion;
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "it cannot be read (" + e.getMessage() + ")";
    }
  }

  /** Why the index found at opening was emptied, or null when it was kept. */
  @Nullable String startProblem() {
    return startProblem;
  }

  /** A value the index's last commit before opening recorded, if it was kept. */
  @Nullable String committed(String key) {
    return committed.get(key);
  }

  IndexWriter writer() {
    return writer;
  }

  /** Whether segments are being merged, or wait to be, in the background. */
  boolean merging() {
    return writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty();
  }

  IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Makes every change so far visible to searches. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Commits every change so far, with the schema version and these values. */
  void commit(Map<String, String> data) throws IOException {
    Map<String, String> all = new HashMap<>(data);
    all.put(SCHEMA_KEY, String.valueOf(schemaVersion));
    writer.setLiveCommitData(all.entrySet());
    writer.commit();
  }

  /** Closes; a complete index is committed first and its in-use marker removed. */
  void close(@Nullable Map<String, String> completeWith) throws IOException {
    searchers.close();
    if (completeWith != null) {
      commit(completeWith);
    }
    writer.close();
    directory.close();
    if (completeWith != null) {
      Files.deleteIfExists(inUseMarker);
    }
  }

  /** Closes as incomplete: the next start rebuilds it. */
  @Override
  public void close() throws IOException {
    close(null);
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
