package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The works and text indexes on disk: each is kept across a clean restart, rebuilt alone when only
 * it is missing, and both are rebuilt after a close that was not clean (a crash, a failed write).
 */
class IndexFoldersTest {
  @TempDir Path root;

  @Test
  void aNewFolderNeedsBothPasses() throws IOException {
    try (SearchIndex index = new SearchIndex(root)) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(index.textEmptied()).isTrue();
      assertThat(index.textReady()).isFalse();
      assertThat(index.startProblem()).isEqualTo("there is none yet");
    }
  }

  @Test
  void eachIndexIsKeptOrRebuiltOnItsOwn() throws IOException {
    try (SearchIndex index = new SearchIndex(root)) {
      index.ready(true);
      index.upsertText(Map.of(7L, "the lantern keeper", 9L, "a quiet harbour"));
      index.textProgress(9, false);
    }
    try (SearchIndex index = new SearchIndex(root)) {
      assertThat(index.needsRebuild()).isFalse();
      assertThat(index.textEmptied()).isFalse();
      assertThat(index.textReady()).as("the pass had not ended").isFalse();
      assertThat(index.textDoneThrough()).as("it resumes after work 9").isEqualTo(9);
      assertThat(textDocuments(index)).isEqualTo(2);
      index.textProgress(9, true);
    }

    // As when the works index's schema changes: only it is rebuilt.
    deleteRecursively(root.resolve("works"));
    try (SearchIndex index = new SearchIndex(root)) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(index.textEmptied()).isFalse();
      assertThat(index.textReady()).isTrue();
      assertThat(index.startProblem()).isEqualTo("there is none yet");
      assertThat(textDocuments(index)).isEqualTo(2);
      index.ready(true);
    }

    deleteRecursively(root.resolve("text"));
    try (SearchIndex index = new SearchIndex(root)) {
      assertThat(index.needsRebuild()).isFalse();
      assertThat(index.textEmptied()).isTrue();
      assertThat(index.textReady()).isFalse();
      assertThat(index.startProblem()).isEqualTo("chapter text: there is none yet");
    }
  }

  @Test
  void anUnfinishedRebuildLeavesBothToBeRebuilt() throws IOException {
    try (SearchIndex index = new SearchIndex(root)) {
      index.ready(true);
      index.upsertText(Map.of(7L, "the lantern keeper"));
      index.textProgress(7, true);
    }
    try (SearchIndex index = new SearchIndex(root)) {
      index.ready(false); // a write failed, or a rebuild was under way
    }
    try (SearchIndex index = new SearchIndex(root)) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(index.textEmptied()).isTrue();
      assertThat(index.startProblem()).isEqualTo("it was not closed cleanly");
      assertThat(textDocuments(index)).isZero();
    }
  }

  private static int textDocuments(SearchIndex index) throws IOException {
    IndexSearcher searcher = index.acquireText();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      index.releaseText(searcher);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
