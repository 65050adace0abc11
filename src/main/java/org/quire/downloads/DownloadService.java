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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.quire.platform.DataDirectory;
import org.quire.platform.RateLimitedException;
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
  private static final int STRIPES = 64;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
  private final WorkReader reader;
  private final ImageFetcher images;
  private final Path root;
  private final String css;
  private final String printCss;

  DownloadService(WorkReader reader, ImageFetcher images, DataDirectory data) throws IOException {
    this.reader = reader;
    this.images = images;
    this.root = data.folder("cache/downloads");
    this.css = resource("downloads/book.css");
    this.printCss = css + resource("downloads/print.css");
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  private static final java.time.Duration GENERATION_WAIT = java.time.Duration.ofSeconds(20);
  private final Semaphore generators =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2 + 1));

  /** The file name a download of this work is served under. */
  static String fileName(WorkView work, DownloadFormat format) {
    return FileNames.base(work.title(), work.id()) + "." + format.extension();
  }

  /** The download file, generated now unless this version's is already cached. */
  Path file(WorkView work, DownloadFormat format, String archiveUrl) {
    Path workDir = root.resolve(Long.toString(work.id()));
    Path dir =
        workDir.resolve("v" + work.version() + "-g" + GENERATOR + "-" + shortHash(archiveUrl));
    Path file = dir.resolve(fileName(work, format));
    if (Files.isRegularFile(file)) {
      return file;
    }
    ReentrantLock lock = locks[(int) Math.floorMod(work.id(), (long) STRIPES)];
    lock.lock();
    boolean generating = false;
    try {
      if (!Files.isRegularFile(file)) {
        // Generating (a long PDF takes seconds of CPU) is limited to a few at once, so a burst of
        // downloads cannot starve reading; cached files are never limited.
        generating = generators.tryAcquire(GENERATION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (!generating) {
          throw new RateLimitedException(
              "Many downloads are being prepared right now; please try again in a minute.", 30);
        }
        long started = System.nanoTime();
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
        log.debug(
            "Generated {} for work {} in {} ms",
            format,
            work.id(),
            (System.nanoTime() - started) / 1_000_000);
        removeOlderVersions(workDir, dir);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RateLimitedException("The download was interrupted; please try again.", 5);
    } finally {
      if (generating) {
        generators.release();
      }
      lock.unlock();
    }
  }

  /** A deleted work's files go with it (they would otherwise stay on disk for good). */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(WorkDeleted event) {
    Path workDir = root.resolve(Long.toString(event.workId()));
    ReentrantLock lock = locks[(int) Math.floorMod(event.workId(), (long) STRIPES)];
    lock.lock();
    try {
      if (Files.isDirectory(workDir)) {
        deleteTree(workDir);
      }
    } catch (IOException e) {
      log.warn("Could not remove the downloads of deleted work {}", event.workId(), e);
    } finally {
      lock.unlock();
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

  private static void removeOlderVersions(Path workDir, Path current) {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(workDir)) {
      for (Path dir : dirs) {
        if (!dir.equals(current) && Files.isDirectory(dir)) {
          deleteTree(dir);
        }
      }
    } catch (IOException e) {
      log.warn("Could not remove older downloads in {}", workDir, e);
    }
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
