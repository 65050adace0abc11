package org.quire.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that runs inside {@code QUIRE_DATA_DIR/postgres} when no external database is
 * configured. Its data is kept across restarts; binaries are unpacked into the data directory
 * rather than the system's temporary folder.
 *
 * <p>A JVM killed with SIGKILL leaves its postmaster running (it is a separate process), holding
 * the data directory. Start-up therefore stops such an orphan first; PostgreSQL's own crash
 * recovery then replays the write-ahead log, so every committed transaction survives.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedPostgresServer start(Path folder) {
    Path data = folder.resolve("data");
    Path runtime = folder.resolve("runtime");
    DataDirectory.createDirectories(runtime);
    // zonky scans and unpacks into this folder; keep both inside the data dir.
    System.setProperty("ot.epg.working-dir", runtime.toString());
    stopOrphanedPostmaster(data);
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(runtime.toFile())
              .setPGStartupWait(Duration.ofMinutes(2))
              // Spring stops it, after everything that uses the database (close() below). zonky's
              // own shutdown hook would stop it at the same time as Spring's, under the pool and
              // the session cleanup: warnings and an ERROR at every Ctrl-C.
              .setRegisterShutdownHook(false)
              // Durability over zonky's test-oriented default of synchronous_commit=off.
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("fsync", "on")
              .setServerConfig("max_connections", "100")
              .setServerConfig("listen_addresses", "localhost")
              .setLocaleConfig("locale", "C.UTF-8")
              .start();
      log.info("Embedded PostgreSQL serving {} on port {}", data, postgres.getPort());
      return new EmbeddedPostgresServer(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + data, e);
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /** Stops a postmaster left behind by a killed JVM; a stale pid file alone PostgreSQL handles. */
  static void stopOrphanedPostmaster(Path data) {
    Optional<ProcessHandle> orphan = postmasterOf(data);
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle process = orphan.get();
    log.warn("Stopping PostgreSQL (pid {}) left running by an earlier start", process.pid());
    signal(process.pid(), "-INT"); // fast shutdown: roll back open transactions, checkpoint
    try {
      process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception notStopped) {
      log.warn("PostgreSQL pid {} did not stop in time; killing it", process.pid());
      process.destroyForcibly();
    }
  }

  private static Optional<ProcessHandle> postmasterOf(Path data) {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    } catch (IOException | NumberFormatException unreadable) {
      return Optional.empty();
    }
  }

  private static void signal(long pid, String signal) {
    try {
      new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor();
    } catch (IOException e) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
