package org.quire.downloads;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.quire.platform.QuireProperties;
import org.quire.platform.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * Bounds the building of download files (a long PDF is seconds of CPU): at most {@code
 * quire.limits.download-builds} at once archive-wide, PDFs also at most {@code
 * quire.limits.pdf-builds}. A build waits up to {@code quire.limits.download-build-wait} for a
 * place, then answers 503 with {@code Retry-After} instead of piling up threads. Requests for a
 * file already being built wait for that build's result (up to {@link #FOLLOWER_WAIT}) instead of
 * building it again. Reading a cached file is never bounded. Bounds are per process.
 */
@Component
class DownloadBuilds {
  /** How long a request waits for another request's build of the same file. */
  static final Duration FOLLOWER_WAIT = Duration.ofSeconds(60);

  private static final long RETRY_AFTER_SECONDS = 30;
  private final Semaphore all;
  private final Semaphore pdf;
  private final Duration wait;
  private final ConcurrentHashMap<Path, CompletableFuture<Path>> running =
      new ConcurrentHashMap<>();
  private final AtomicLong started = new AtomicLong();
  private final AtomicInteger followers = new AtomicInteger();

  DownloadBuilds(QuireProperties properties) {
    QuireProperties.Limits limits = properties.limits();
    this.all = new Semaphore(limits.downloadBuildsAtOnce(), true);
    this.pdf = new Semaphore(limits.pdfBuildsAtOnce(), true);
    this.wait = limits.downloadBuildWait();
  }

  /**
   * {@code file}, built by {@code build} unless another request is building it now, in which case
   * that build's result.
   *
   * @param isPdf whether the build also takes a PDF place
   * @param build writes the file and returns it; it should check first whether it exists
   * @throws RateLimitedException 503 when no place frees up in time
   */
  Path once(Path file, boolean isPdf, Supplier<Path> build) {
    CompletableFuture<Path> mine = new CompletableFuture<>();
    CompletableFuture<Path> other = running.putIfAbsent(file, mine);
    if (other != null) {
      return awaitOther(other);
    }
    try {
      Path built = bounded(isPdf, build);
      mine.complete(built);
      return built;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(file, mine);
    }
  }

  private Path bounded(boolean isPdf, Supplier<Path> build) {
    long deadline = System.nanoTime() + wait.toNanos();
    boolean pdfTaken = false;
    boolean taken = false;
    try {
      pdfTaken = !isPdf || take(pdf, deadline);
      taken = pdfTaken && take(all, deadline);
      if (!taken) {
        throw RateLimitedException.busy(
            "Many downloads are being prepared right now; please try again in a minute.",
            RETRY_AFTER_SECONDS);
      }
      started.incrementAndGet();
      return build.get();
    } finally {
      if (taken) {
        all.release();
      }
      if (isPdf && pdfTaken) {
        pdf.release();
      }
    }
  }

  private static boolean take(Semaphore slots, long deadline) {
    try {
      return slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Path awaitOther(CompletableFuture<Path> other) {
    followers.incrementAndGet();
    try {
      return other.get(FOLLOWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Building the download failed", cause);
    } catch (TimeoutException | CancellationException e) {
      throw busy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    } finally {
      followers.decrementAndGet();
    }
  }

  private static RateLimitedException busy() {
    return RateLimitedException.busy(
        "This download is still being prepared; please try again in a minute.",
        RETRY_AFTER_SECONDS);
  }

  /** How many builds have started since start-up (tests check that one file is built once). */
  long started() {
    return started.get();
  }

  /** How many requests wait for another request's build now. */
  int followers() {
    return followers.get();
  }

  /** How many builds wait for a place now. */
  int queued() {
    return all.getQueueLength() + pdf.getQueueLength();
  }

  /** Takes every free build place (a test's stand-in for a busy archive); see {@link #free}. */
  int takeAll() {
    return all.drainPermits();
  }

  void free(int places) {
    all.release(places);
  }
}
