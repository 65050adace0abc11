package org.quire.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.quire.listings.ListingBaseline;

/**
 * Starts the archive on the loaded data directory and measures it, in this order: start-up, an
 * index rebuild, the loader's verification, the query mix over HTTP (after a warm-up pass) without
 * and with facets, the same mix through the SQL baseline, chapter reads, wrangling, heap and sizes.
 */
final class Measurements {
  private final BenchOptions options;
  private final CorpusShape shape;
  private final PrintStream out;

  Measurements(BenchOptions options, CorpusShape shape, PrintStream out) {
    this.options = options;
    this.shape = shape;
    this.out = out;
  }

  Report run(CorpusLoader.Loaded loaded, boolean reused) throws Exception {
    Targets targets = new Targets(shape.works);
    Report report = new Report();
    report.json("works", shape.works).json("seed", shape.seed);
    try (BenchServer server = BenchServer.start(options)) {
      Http http = server.http;
      say("Archive started in %.1f s", server.startupSeconds);
      IndexRebuild.Result index = null;
      if (options.rebuild() != BenchOptions.Rebuild.NO
          || !IndexRebuild.complete(http, server.adminToken)) {
        boolean text = options.rebuild() != BenchOptions.Rebuild.LISTINGS;
        index = IndexRebuild.run(http, server.adminToken, text);
        say(
            "Index rebuilt: %,d works for listings in %.1f s, %s",
            index.works(),
            index.seconds(),
            text
                ? String.format(
                    Locale.ROOT, "their chapter text in %.1f s more", index.textSeconds())
                : "their chapter text kept");
      } else {
        say("Index kept as it was (--rebuild no)");
      }
      double settled = IndexRebuild.settle(http, server.adminToken, 1800);
      if (settled >= 1) {
        say("Index merges settled after %.0f s more", settled);
      }
      report.json("mergeSettleSeconds", settled);
      DataSource dataSource = server.bean(DataSource.class);
      ListingBaseline baseline = server.bean(ListingBaseline.class);
      int verified = new Verify(shape, http, dataSource, loaded.firstWorkId()).postedWorksMatch();
      List<Map<String, List<String>>> mix = new QueryMix(shape).build(options.queries());
      int agreed = Verify.listingsAgree(http, baseline, mix, 25);
      say(
          "Verified: %d works posted through the API match the loaded ones; index and SQL agree"
              + " on %d listings",
          verified, agreed);

      say("Listings over HTTP: warm-up pass, then %d listings without and with facets", mix.size());
      ListingTimer.http(http, mix, false);
      ListingTimer.http(http, mix, true);
      ListingTimer.Pass filterPass = ListingTimer.http(http, mix, false);
      Latencies filter = filterPass.latencies();
      ListingTimer.Pass facetsPass = ListingTimer.http(http, mix, true);
      Latencies facets = facetsPass.latencies();
      say(
          "Slowest without facets (%s):%n  %s",
          filterPass.pauses(), String.join("\n  ", filterPass.slowest()));
      say(
          "Slowest with facets (%s):%n  %s",
          facetsPass.pauses(), String.join("\n  ", facetsPass.slowest()));
      Latencies sql = null;
      Latencies sqlFacets = null;
      if (options.baseline()) {
        say(
            "SQL baseline: warm-up pass, then the same %d listings without and with facets",
            mix.size());
        ListingTimer.sql(baseline, mix, false);
        ListingTimer.sql(baseline, mix.subList(0, Math.min(50, mix.size())), true);
        sql = Latencies.of(ListingTimer.sql(baseline, mix, false));
        sqlFacets = Latencies.of(ListingTimer.sql(baseline, mix, true));
      }

      say("Chapter reads: %d readers for %.0f s", options.readers(), options.readSeconds());
      ChapterReads.Result reads = ChapterReads.run(http, options.readers(), options.readSeconds());
      Wrangle.Result wrangle = null;
      if (options.wrangle()) {
        say("Wrangling a tag used by about a tenth of the works");
        wrangle = Wrangle.run(http, server.adminToken);
        say(
            "Wrangled %s under %s: %,d works listed after %.2f s",
            wrangle.tag(), wrangle.metaTag(), wrangle.works(), wrangle.seconds());
      }

      double heapMb = heapUsedMb();
      long databaseBytes = databaseBytes(dataSource);
      long indexBytes = size(options.dataDir().resolve("index"));

      targets.listings(report, filter, facets, sql, sqlFacets);
      report.figure(
          "Chapter reads",
          "chapterReadsPerSec",
          reads.perSecond(),
          "/s",
          ">= 3,000",
          reads.perSecond() >= 3000);
      if (index != null) {
        targets.index(report, index);
      }
      if (wrangle != null) {
        report.figure(
            "Wrangling until listed", "wrangleSeconds", wrangle.seconds(), "s", null, null);
      }
      report.figure("Start-up", "startupSeconds", server.startupSeconds, "s", null, null);
      targets.heap(report, heapMb);
      if (wrangle != null) {
        report.json("wrangleWorks", wrangle.works()).json("wrangleTag", wrangle.tag());
        report
            .json("wrangleMetaTag", wrangle.metaTag())
            .json("unwrangleSeconds", wrangle.undoSeconds());
      }
      report.json("filterMaxMs", filter.max()).json("facetsMaxMs", facets.max());
      report
          .json("filterGcPauses", filterPass.pauses().count())
          .json("filterGcPauseMaxMs", filterPass.pauses().maxMs());
      report
          .json("facetsGcPauses", facetsPass.pauses().count())
          .json("facetsGcPauseMaxMs", facetsPass.pauses().maxMs());
      report.json("facetsLargestResponseChars", facetsPass.largestResponse());
      report.json("queries", mix.size()).json("readers", options.readers());
      report.json("chapterReads", reads.reads()).json("readWorks", reads.works());
      report.json("readWarmUpSeconds", reads.warmUpSeconds());
      report.json("verifiedWorks", verified).json("agreedListings", agreed);
      sizes(report, loaded, reused, databaseBytes, indexBytes);
    }
    return report;
  }

  private void sizes(
      Report report,
      CorpusLoader.Loaded loaded,
      boolean reused,
      long databaseBytes,
      long indexBytes) {
    report.note("", "");
    report.figure(
        reused ? "Load (an earlier run)" : "Load",
        "loadSeconds",
        loaded.seconds(),
        "s",
        null,
        null);
    report.figure(
        "Load rate",
        "loadWorksPerSec",
        loaded.works() / Math.max(loaded.seconds(), 1e-3),
        "works/s",
        null,
        null);
    report.figure(
        "VACUUM ANALYZE after loading", "vacuumSeconds", loaded.vacuumSeconds(), "s", null, null);
    report.figure("Chapters", "chapters", (double) loaded.chapters(), "", null, null);
    report.figure("Tags on works", "workTags", (double) loaded.workTags(), "", null, null);
    report.figure(
        "Chapter text (UTF-8)",
        "chapterTextBytes",
        loaded.chapterTextBytes() / 1048576.0,
        "MB",
        null,
        null);
    report.figure("Database", "databaseBytes", databaseBytes / 1048576.0, "MB", null, null);
    report.figure("Search index on disk", "indexBytes", indexBytes / 1048576.0, "MB", null, null);
    report.json("chapterTextBytes", loaded.chapterTextBytes()).json("databaseBytes", databaseBytes);
    report.json("indexBytes", indexBytes).json("loadReused", reused);
  }

  /** Heap used after two full collections: the whole bench JVM, archive and bench together. */
  private static double heapUsedMb() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  private static long databaseBytes(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long size(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return 0;
    }
    // The index merges segments in the background: a file can vanish while the folder is walked.
    for (int attempt = 1; ; attempt++) {
      try (Stream<Path> files = Files.walk(folder)) {
        return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      } catch (java.io.UncheckedIOException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  @com.google.errorprone.annotations.FormatMethod
  private void say(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
