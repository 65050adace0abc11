package org.quire.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code bench}: {@code --works N} (required), {@code --seed S} (default 1),
 * {@code --queries Q} listings in the mix (default 500), {@code --readers R} concurrent chapter
 * readers (default 32) for {@code --read-seconds T} (default 15), {@code --rebuild no} to measure
 * again on a reused corpus without rebuilding its (complete) index first, {@code --rebuild
 * listings} to rebuild only what listings use and keep the chapter text, {@code --wrangle no} to
 * leave out the wrangling measurement, {@code --baseline no} to leave out the SQL baseline (for
 * quicker runs while working on the index; its figures and the comparisons are then missing).
 * Options of the form {@code --name=value} go to the archive as Spring properties ({@code
 * --quire.data-dir=…} chooses the data directory, as {@code QUIRE_DATA_DIR} does). {@code
 * application} is the archive's Spring Boot application class, given by the caller so that this
 * module does not depend on it.
 */
record BenchOptions(
    Class<?> application,
    int works,
    long seed,
    int queries,
    int readers,
    double readSeconds,
    Rebuild rebuild,
    boolean wrangle,
    boolean baseline,
    Path dataDir,
    List<String> springArgs) {

  /** What the bench rebuilds before measuring. */
  enum Rebuild {
    /** Both passes, from empty indexes. */
    ALL,
    /** What listings use; the chapter text index is kept (and finished if it is not). */
    LISTINGS,
    /** Nothing, if the index is complete; otherwise both passes. */
    NO;

    static Rebuild parse(String value) {
      return switch (value) {
        case "yes" -> ALL;
        case "listings" -> LISTINGS;
        case "no" -> NO;
        default ->
            throw new BenchFailure(
                2, "--rebuild takes yes, listings or no, not " + value + ".\n\n" + USAGE);
      };
    }
  }

  static final String USAGE =
      """
      Usage: java -jar quire.jar bench --works N [--seed S] [--queries Q] [--readers R]
                                       [--read-seconds T] [--rebuild yes|listings|no] [--wrangle yes|no]
                                       [--baseline yes|no]
                                       [--spring.option=value ...]
        Fills $QUIRE_DATA_DIR (or --quire.data-dir=…), which must be empty or hold a corpus made
        by bench with the same --works and --seed, then measures the archive.
      """;

  static BenchOptions parse(Class<?> application, String[] args) {
    Integer works = null;
    long seed = 1;
    int queries = 500;
    int readers = 32;
    double readSeconds = 15;
    Rebuild rebuild = Rebuild.ALL;
    boolean wrangle = true;
    boolean baseline = true;
    Path dataDir = null;
    List<String> spring = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--") && arg.contains("=")) {
        if (arg.startsWith("--quire.data-dir=")) {
          dataDir =
              Path.of(arg.substring("--quire.data-dir=".length())).toAbsolutePath().normalize();
        } else {
          spring.add(arg);
        }
        continue;
      }
      if (i + 1 >= args.length) {
        throw new BenchFailure(2, "Missing value after " + arg + ".\n\n" + USAGE);
      }
      String value = args[++i];
      try {
        switch (arg) {
          case "--works" -> works = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--queries" -> queries = Integer.parseInt(value);
          case "--readers" -> readers = Integer.parseInt(value);
          case "--read-seconds" -> readSeconds = Double.parseDouble(value);
          case "--rebuild" -> rebuild = Rebuild.parse(value);
          case "--wrangle" -> wrangle = !value.equals("no");
          case "--baseline" -> baseline = !value.equals("no");
          default -> throw new BenchFailure(2, "Unknown option " + arg + ".\n\n" + USAGE);
        }
      } catch (NumberFormatException e) {
        throw new BenchFailure(2, "Not a number after " + arg + ": " + value + ".\n\n" + USAGE);
      }
    }
    if (works == null || works < 100) {
      throw new BenchFailure(2, "--works must be given, at least 100.\n\n" + USAGE);
    }
    if (queries < 10 || readers < 1 || readSeconds <= 0) {
      throw new BenchFailure(
          2, "--queries must be at least 10, --readers and --read-seconds positive.");
    }
    return new BenchOptions(
        application,
        works,
        seed,
        queries,
        readers,
        readSeconds,
        rebuild,
        wrangle,
        baseline,
        dataDir == null ? defaultDataDir() : dataDir,
        spring);
  }

  /** As the archive resolves it: the quire.data-dir property, QUIRE_DATA_DIR, or ./quire-data. */
  private static Path defaultDataDir() {
    String property = System.getProperty("quire.data-dir");
    String env = System.getenv("QUIRE_DATA_DIR");
    String dir = property != null && !property.isBlank() ? property : env;
    return Path.of(dir != null && !dir.isBlank() ? dir : "quire-data").toAbsolutePath().normalize();
  }
}
