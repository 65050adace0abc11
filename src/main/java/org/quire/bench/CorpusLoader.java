package org.quire.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Fills an empty archive with the corpus: creators and tags first, then works in batches (each
 * batch generated, written by COPY with its filter sets, and committed), then VACUUM ANALYZE so the
 * database starts measured with fresh statistics, as autovacuum would leave it. Streams: only one
 * batch of works (without their text) is in memory at a time.
 */
final class CorpusLoader {
  static final int BATCH = 2_000;

  /** Writers at once: each generates its batches' text while PostgreSQL stores another's. */
  static final int THREADS = Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 4);

  /** What a load wrote and how long it took. */
  record Loaded(
      int works,
      long firstWorkId,
      long chapters,
      long workTags,
      long chapterTextBytes,
      double seconds,
      double vacuumSeconds) {}

  private final CorpusShape shape;
  private final PrintStream log;

  CorpusLoader(CorpusShape shape, PrintStream log) {
    this.shape = shape;
    this.log = log;
  }

  Loaded load(DataSource dataSource, String passwordHash) throws Exception {
    long start = System.nanoTime();
    Names names = new Names(shape);
    long workBase;
    long pseudBase;
    long tagBase;
    Map<String, Long> seeded;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long accountBase = max(c, "accounts");
      pseudBase = max(c, "pseuds");
      tagBase = max(c, "tags");
      workBase = max(c, "works");
      VocabularyRows vocabulary = new VocabularyRows(shape, names);
      vocabulary.writeCreators(c, accountBase, pseudBase, passwordHash);
      seeded = seededTags(c);
      vocabulary.writeTags(c, tagBase, lowerCase(seeded.keySet()));
      c.commit();
      c.setAutoCommit(true);
    }
    log.printf(
        Locale.ROOT,
        "Loaded %,d creators and %,d tags (%,d fandoms, %,d characters, %,d relationships,"
            + " %,d additional tags)%n",
        shape.creators,
        shape.tagCount(),
        shape.fandoms,
        shape.characters,
        shape.relationships,
        shape.freeforms);
    List<WorkRows> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      writers.add(new WorkRows(shape, seeded, workBase, pseudBase, tagBase));
    }
    new Batches(dataSource, start).run(writers);
    long[] nanos = new long[4];
    long chapters = 0;
    long workTags = 0;
    long textBytes = 0;
    for (WorkRows w : writers) {
      chapters += w.chapters;
      workTags += w.workTags;
      textBytes += w.textBytes;
      for (int i = 0; i < nanos.length; i++) {
        nanos[i] += w.nanos[i];
      }
    }
    log.printf(
        Locale.ROOT,
        "Loader threads' time writing works %.1f s, creators and tags %.1f s, chapters %.1f s,"
            + " filter sets %.1f s%n",
        nanos[0] / 1e9,
        nanos[1] / 1e9,
        nanos[2] / 1e9,
        nanos[3] / 1e9);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : List.of("accounts", "pseuds", "tags", "works")) {
        s.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), (select max(id) from "
                + table
                + "))");
      }
    }
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long vacuumStart = System.nanoTime();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      log.println("VACUUM ANALYZE…");
      s.execute("vacuum analyze");
    }
    double vacuumSeconds = (System.nanoTime() - vacuumStart) / 1e9;
    return new Loaded(
        shape.works, workBase + 1, chapters, workTags, textBytes, loadSeconds, vacuumSeconds);
  }

  /** Batches of works taken in turn by the loader threads, each on its own connection. */
  private final class Batches {
    private final DataSource dataSource;
    private final long start;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

    Batches(DataSource dataSource, long start) {
      this.dataSource = dataSource;
      this.start = start;
    }

    void run(List<WorkRows> writers) throws Exception {
      List<Future<?>> running = new ArrayList<>();
      try (ExecutorService threads = Executors.newFixedThreadPool(writers.size())) {
        for (WorkRows writer : writers) {
          running.add(threads.submit(() -> write(writer)));
        }
        for (Future<?> f : running) {
          try {
            f.get();
          } catch (ExecutionException e) {
            running.forEach(r -> r.cancel(true));
            throw e.getCause() instanceof Exception cause ? cause : e;
          }
        }
      }
    }

    private Void write(WorkRows rows) throws SQLException, IOException {
      WorkGenerator generator = new WorkGenerator(shape);
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        for (int from = next.getAndAdd(BATCH); from < shape.works; from = next.getAndAdd(BATCH)) {
          List<WorkSpec> batch = new ArrayList<>();
          for (int i = from; i < Math.min(shape.works, from + BATCH); i++) {
            batch.add(generator.generate(i));
          }
          rows.write(c, batch);
          c.commit();
          progress(done.addAndGet(batch.size()));
        }
        c.setAutoCommit(true);
      }
      return null;
    }

    private void progress(int works) {
      long now = System.nanoTime();
      long last = lastReport.get();
      if ((now - last > 5e9 && lastReport.compareAndSet(last, now)) || works == shape.works) {
        synchronized (log) {
          log.printf(
              Locale.ROOT,
              "Loaded %,d of %,d works (%,.0f works/s)%n",
              works,
              shape.works,
              works / ((now - start) / 1e9));
        }
      }
    }
  }

  private static long max(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> seededTags(Connection c) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select name, id from tags where type in ('Rating', 'ArchiveWarning', 'Category')")) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
    }
    return ids;
  }

  private static Set<String> lowerCase(Set<String> names) {
    Set<String> lower = new HashSet<>();
    names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
    return lower;
  }
}
