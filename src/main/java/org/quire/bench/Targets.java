package org.quire.bench;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The targets: at 200,000 works filter p99 ≤ 10 ms, facets p99 ≤ 20 ms and at most a fifth
 * of the SQL baseline's, filter p50 no slower than the baseline's, ≥ 3,000 chapter reads/s, heap ≤
 * 1 GB; at 1,000,000 works filter p99 ≤ 25 ms, facets p99 ≤ 50 ms, reindex ≥ 5,000 works/s. Corpora
 * below a million are held to the 200,000 targets, larger ones to the million's.
 */
final class Targets {
  private final boolean million;

  Targets(int works) {
    this.million = works >= 1_000_000;
  }

  /** The listing figures; without a baseline ({@code --baseline no}) its figures are left out. */
  void listings(
      Report r,
      Latencies filter,
      Latencies facets,
      @Nullable Latencies sql,
      @Nullable Latencies sqlFacets) {
    double filterP99 = million ? 25 : 10;
    double facetsP99 = million ? 50 : 20;
    r.figure(
        "Filtered listing p50",
        "filterP50Ms",
        filter.p50(),
        "ms",
        sql == null ? null : "<= SQL p50 (" + ms(sql.p50()) + ")",
        sql == null ? null : filter.p50() <= sql.p50());
    r.figure(
        "Filtered listing p99",
        "filterP99Ms",
        filter.p99(),
        "ms",
        "<= " + ms(filterP99) + at(),
        filter.p99() <= filterP99);
    r.figure("With facets p50", "facetsP50Ms", facets.p50(), "ms", null, null);
    r.figure(
        "With facets p99",
        "facetsP99Ms",
        facets.p99(),
        "ms",
        "<= " + ms(facetsP99) + at(),
        facets.p99() <= facetsP99);
    if (sql == null || sqlFacets == null) {
      r.note("SQL baseline", "left out (--baseline no)");
      return;
    }
    r.figure(
        "With facets p99 vs SQL",
        "facetsVsSqlRatio",
        sqlFacets.p99() / facets.p99(),
        "x",
        ">= 5x faster",
        facets.p99() * 5 <= sqlFacets.p99());
    r.figure("SQL baseline p50", "sqlBaselineP50Ms", sql.p50(), "ms", null, null);
    r.figure("SQL baseline p99", "sqlBaselineP99Ms", sql.p99(), "ms", null, null);
    r.figure(
        "SQL baseline with facets p50",
        "sqlBaselineFacetsP50Ms",
        sqlFacets.p50(),
        "ms",
        null,
        null);
    r.figure(
        "SQL baseline with facets p99",
        "sqlBaselineFacetsP99Ms",
        sqlFacets.p99(),
        "ms",
        null,
        null);
  }

  void index(Report r, IndexRebuild.Result index) {
    r.figure(
        "Index rebuild",
        "indexWorksPerSec",
        index.worksPerSecond(),
        "works/s",
        million ? ">= 5,000" + at() : null,
        million ? index.worksPerSecond() >= 5000 : null);
    r.json("indexSeconds", index.seconds());
    if (index.textSeconds() == 0) {
      r.note("Chapter text indexed after that", "kept (--rebuild listings)");
      return;
    }
    r.figure(
        "Chapter text indexed after that",
        "textIndexWorksPerSec",
        index.textWorksPerSecond(),
        "works/s",
        null,
        null);
    r.json("textIndexSeconds", index.textSeconds());
  }

  void heap(Report r, double heapMb) {
    r.figure(
        "Heap used after full GC (whole JVM)",
        "heapUsedMb",
        heapMb,
        "MB",
        million ? null : "<= 1,024" + at(),
        million ? null : heapMb <= 1024);
  }

  private String at() {
    return million ? " (at 1M)" : " (at 200k)";
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f ms" : "%.1f ms", value);
  }
}
