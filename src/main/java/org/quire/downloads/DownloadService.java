package org.quire.downloads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.quire.platform.DataDirectory;
import org.quire.works.ChapterView;
import org.quire.works.WorkDeleted;
import org.quire.works.WorkReader;
import org.quire.works.WorkView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes download files and keeps them under {@code $QUIRE_DATA_DIR/cache/downloads/<work id>/}, in
 * a folder per work version (and archive address, which the title page links to), so that a second
 * download of an unchanged work is a file read. Older versions' folders are removed when a newer
 * one is written. Files are written under a temporary name and moved into place, so a reader never
 * sees half a file.
 */
@Service
class DownloadService {
  /** Bumped when the generated files change shape, so that older cached files are not served. */
  static final int GENERATOR = 1;

  private static final Logger log = LoggerFactory.getLogger(DownloadService.class);
  private final WorkReader reader;
  private final ImageFetcher images;
  private final DownloadBuilds builds;
  private final Path root;
  private final String css;
  private final String printCss;

  DownloadService(WorkReader reader, ImageFetcher images, DownloadBuilds builds, DataDirectory data)
      throws IOException {
    this.reader = reader;
    this.builds = builds;
    this.images = images;
    this.root = data.folder("cache/downloads");
    this.css = resource("downloads/book.css");
    this.printCss = css + resource("downloads/print.css");
  }

  /** The file name a download of this work is served under. */
  static String fileName(WorkView work, DownloadFormat format) {
    return FileNames.base(work.title(), work.id()) + "." + format.extension();
  }

  /**
   * The download file, generated now unless this version's is already cached. Generating is bounded
   * by {@link DownloadBuilds}: a few at once, one build per file however many ask for it.
   */
  Path file(WorkView work, DownloadFormat format, String archiveUrl) {
    Path workDir = root.resolve(Long.toString(work.id()));
    Path dir =
        workDir.resolve("v" + work.version() + "-g" + GENERATOR + "-" + shortHash(archiveUrl));
    Path file = dir.resolve(fileName(work, format));
    if (Files.isRegularFile(file)) {
      return file;
    }
    return builds.once(
        file,
        format == DownloadFormat.PDF,
        () -> {
          // The build before this one may have finished in between.
          if (!Files.isRegularFile(file)) {
            generate(work, format, archiveUrl, dir, file);
            removeOlderVersions(workDir, work.version());
          }
          return file;
        });
  }

  private void generate(
      WorkView work, DownloadFormat format, String archiveUrl, Path dir, Path file) {
    long started = System.nanoTime();
    try {
      Files.createDirectories(dir);
      Path partial = Files.createTempFile(dir, "partial-", "." + format.extension());
      try {
        try (OutputStream out = Files.newOutputStream(partial)) {
          write(book(work, archiveUrl), format, out);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.debug(
        "Generated {} for work {} in {} ms",
        format,
        work.id(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** A deleted work's files go with it (they would otherwise stay on disk for good). */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(WorkDeleted event) {
    // No build can start for the work now that it is gone; one already running fails its move.
    Path workDir = root.resolve(Long.toString(event.workId()));
    try {
      if (Files.isDirectory(workDir)) {
        deleteTree(workDir);
      }
    } catch (IOException e) {
      log.warn("Could not remove the downloads of deleted work {}", event.workId(), e);
    }
  }

  private Book book(WorkView work, String archiveUrl) {
    List<ChapterView> chapters = reader.chapters(work);
    return new Book(
        work,
        chapters,
        archiveUrl,
        archiveUrl + "/works/" + work.id(),
        images.fetch(BookHtml.imageUrls(work, chapters)));
  }

  private void write(Book book, DownloadFormat format, OutputStream out) throws IOException {
    switch (format) {
      case EPUB -> EpubWriter.write(book, css, out);
      case HTML ->
          out.write(
              BookHtml.xhtml(HtmlWriter.document(book, css)).getBytes(StandardCharsets.UTF_8));
      case TXT -> out.write(TextWriter.write(book).getBytes(StandardCharsets.UTF_8));
      case PDF -> PdfWriter.write(book, HtmlWriter.document(book, printCss), out);
    }
  }

  /**
   * Removes the folders of versions before {@code version}: never a newer one, which another build
   * may be writing into right now.
   */
  private static void removeOlderVersions(Path workDir, long version) {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(workDir)) {
      for (Path dir : dirs) {
        if (Files.isDirectory(dir) && versionOf(dir) < version) {
          deleteTree(dir);
        }
      }
    } catch (IOException e) {
      log.warn("Could not remove older downloads in {}", workDir, e);
    }
  }

  /** The version a folder "v12-g1-abcdef" holds; -1 for anything else, which is removed. */
  private static long versionOf(Path dir) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("v(\\d{1,18})-.*").matcher(dir.getFileName().toString());
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String path) throws IOException {
    return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
  }
}
