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
import javax.sql.DataSource;

/**
 * Fills an empty archive with the corpus: creators and tags first, then works in batches (each
 * batch generated, written by COPY with its filter sets, and committed), then VACUUM ANALYZE so the
 * database starts measured with fresh statistics, as autovacuum would leave it. Streams: only one
 * batch of works (without their text) is in memory at a time.
 */
final class CorpusLoader {
  static final int BATCH = 5_000;

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

  Loaded load(DataSource dataSource, String passwordHash) throws SQLException, IOException {
    long start = System.nanoTime();
    Names names = new Names(shape);
    WorkGenerator generator = new WorkGenerator(shape);
    WorkRows rows;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long accountBase = max(c, "accounts");
      long pseudBase = max(c, "pseuds");
      long tagBase = max(c, "tags");
      long workBase = max(c, "works");
      VocabularyRows vocabulary = new VocabularyRows(shape, names);
      vocabulary.writeCreators(c, accountBase, pseudBase, passwordHash);
      Map<String, Long> seeded = seededTags(c);
      vocabulary.writeTags(c, tagBase, lowerCase(seeded.keySet()));
      c.commit();
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
      rows = new WorkRows(shape, seeded, workBase, pseudBase, tagBase);
      long lastReport = System.nanoTime();
      for (int from = 0; from < shape.works; from += BATCH) {
        List<WorkSpec> batch = new ArrayList<>();
        for (int i = from; i < Math.min(shape.works, from + BATCH); i++) {
          batch.add(generator.generate(i));
        }
        rows.write(c, batch);
        c.commit();
        int done = from + batch.size();
        if (System.nanoTime() - lastReport > 5e9 || done == shape.works) {
          lastReport = System.nanoTime();
          double seconds = (lastReport - start) / 1e9;
          log.printf(
              Locale.ROOT,
              "Loaded %,d of %,d works (%,.0f works/s, %,d MB of chapter text)%n",
              done,
              shape.works,
              done / seconds,
              rows.textBytes >> 20);
        }
      }
      log.printf(
          Locale.ROOT,
          "Time spent writing works %.1f s, creators and tags %.1f s, chapters %.1f s, filter sets"
              + " %.1f s%n",
          rows.nanos[0] / 1e9,
          rows.nanos[1] / 1e9,
          rows.nanos[2] / 1e9,
          rows.nanos[3] / 1e9);
      for (String table : List.of("accounts", "pseuds", "tags", "works")) {
        try (Statement s = c.createStatement()) {
          s.execute(
              "select setval(pg_get_serial_sequence('"
                  + table
                  + "', 'id'), (select max(id) from "
                  + table
                  + "))");
        }
      }
      c.commit();
      c.setAutoCommit(true);
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
        shape.works,
        rows.workId(0),
        rows.chapters,
        rows.workTags,
        rows.textBytes,
        loadSeconds,
        vacuumSeconds);
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
