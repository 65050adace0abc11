package org.quire.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar quire.jar bench --works N [--seed S]}: loads the corpus into an empty data
 * directory (or finds the same corpus there from an earlier run and keeps it), then starts the
 * archive and measures it (see {@link Measurements}). Prints progress, a table and, last, one line
 * of JSON.
 */
public final class BenchCommand {
  private final BenchOptions options;
  private final PrintStream out;

  private BenchCommand(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /**
   * Runs the benchmark on the archive whose Spring Boot application class is given; the process's
   * exit code (0, 1 when something failed, 2 for misuse).
   */
  public static int run(Class<?> application, String[] args, PrintStream out) {
    try {
      BenchOptions options = BenchOptions.parse(application, args);
      new BenchCommand(options, out).execute();
      return 0;
    } catch (BenchFailure failure) {
      System.err.println("bench: " + failure.getMessage());
      return failure.exitCode();
    } catch (Exception e) {
      System.err.println("bench: failed: " + e);
      e.printStackTrace();
      return 1;
    }
  }

  private void execute() throws Exception {
    CorpusShape shape = new CorpusShape(options.works(), options.seed());
    Path dir = options.dataDir();
    Optional<JsonNode> marker = CorpusMarker.read(dir);
    CorpusLoader.Loaded loaded;
    boolean reused = marker.isPresent();
    if (marker.isPresent()) {
      JsonNode m = marker.get();
      if (!CorpusMarker.matches(m, options.works(), options.seed())) {
        throw new BenchFailure(
            2,
            String.format(
                Locale.ROOT,
                "%s holds a bench corpus of %d works (seed %d, generator %d), not %d works with"
                    + " seed %d. Use another QUIRE_DATA_DIR, or delete this one.",
                dir,
                m.path("works").asLong(),
                m.path("seed").asLong(),
                m.path("generator").asInt(),
                options.works(),
                options.seed()));
      }
      loaded = CorpusMarker.loaded(m);
      out.printf(Locale.ROOT, "%s holds this corpus already: measuring it again.%n", dir);
    } else {
      if (!CorpusMarker.isEmpty(dir)) {
        throw new BenchFailure(
            2,
            dir
                + " already holds an archive (or a bench load that did not finish): bench fills"
                + " only an empty data directory. Use another QUIRE_DATA_DIR, or delete this one.");
      }
      loaded = load(shape, dir);
    }
    Report report = new Measurements(options, shape, out).run(loaded, reused);
    report.print(out);
  }

  private CorpusLoader.Loaded load(CorpusShape shape, Path dir) throws Exception {
    out.printf(Locale.ROOT, "Loading %,d works (seed %d) into %s%n", shape.works, shape.seed, dir);
    CorpusLoader.Loaded loaded;
    try (ConfigurableApplicationContext context = BenchServer.forLoading(options)) {
      DataSource dataSource = context.getBean(DataSource.class);
      refuseUnlessEmpty(dataSource);
      String hash = context.getBean(PasswordEncoder.class).encode(PostedWorks.PASSWORD);
      loaded = new CorpusLoader(shape, out).load(dataSource, hash);
    }
    // The database changed behind the index's back: without it, the archive knows to rebuild.
    deleteRecursively(dir.resolve("index"));
    CorpusMarker.write(dir, shape.works, shape.seed, loaded);
    out.printf(
        Locale.ROOT,
        "Loaded in %.1f s (%,.0f works/s) and vacuumed in %.1f s: %,d chapters, %,d MB of"
            + " chapter text%n",
        loaded.seconds(),
        loaded.works() / loaded.seconds(),
        loaded.vacuumSeconds(),
        loaded.chapters(),
        loaded.chapterTextBytes() >> 20);
    return loaded;
  }

  /** An external database may hold an archive even when the data directory is empty. */
  private static void refuseUnlessEmpty(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select (select count(*) from accounts) + (select count(*) from works)")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new BenchFailure(
            2,
            "The database already holds an archive (accounts or works): bench fills only an empty"
                + " one.");
      }
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
