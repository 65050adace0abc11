package org.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.QuireApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small run of the benchmark (1,000 works, short chapter reads) in its own data directory: it
 * loads, verifies the load against works posted through the API, measures, and ends with the JSON
 * line. Its own archive and PostgreSQL run beside the test suite's and are closed at the end.
 */
class BenchSmokeTest {
  private static final List<String> REQUIRED =
      List.of(
          "works",
          "filterP50Ms",
          "filterP99Ms",
          "facetsP99Ms",
          "sqlBaselineP50Ms",
          "sqlBaselineP99Ms",
          "sqlBaselineFacetsP99Ms",
          "chapterReadsPerSec",
          "indexWorksPerSec",
          "wrangleSeconds",
          "startupSeconds",
          "heapUsedMb");

  @TempDir Path dir;

  @Test
  void smallRunEndsWithItsFiguresAsJson() throws Exception {
    Path data = dir.resolve("data");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code =
        BenchCommand.run(
            QuireApplication.class,
            new String[] {
              "--works",
              "1000",
              "--seed",
              "7",
              "--queries",
              "60",
              "--readers",
              "8",
              "--read-seconds",
              "2",
              "--quire.data-dir=" + data
            },
            new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(code).as(output).isZero();
    List<String> lines = output.strip().lines().toList();
    JsonNode figures = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
    for (String key : REQUIRED) {
      assertThat(figures.has(key)).as(key).isTrue();
      assertThat(figures.get(key).asDouble()).as(key).isPositive();
    }
    assertThat(figures.get("works").asInt()).isEqualTo(1000);
    assertThat(figures.get("verifiedWorks").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(figures.get("agreedListings").asInt()).isPositive();
    assertThat(figures.get("filterP99Ms").asDouble())
        .isGreaterThanOrEqualTo(figures.get("filterP50Ms").asDouble());
    assertThat(figures.get("wrangleWorks").asInt()).isPositive();
    assertThat(figures.get("chapterTextBytes").asLong()).isGreaterThan(1_000_000);
    assertThat(figures.get("databaseBytes").asLong()).isPositive();
    assertThat(output).contains("Filtered listing p99", "Chapter reads", "Database");
    assertThat(Files.exists(data.resolve(CorpusMarker.FILE))).isTrue();

    // Again on the same corpus, rebuilding only what listings use: the chapter text is kept.
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    String[] listingsOnly = {
      "--works",
      "1000",
      "--seed",
      "7",
      "--queries",
      "20",
      "--readers",
      "2",
      "--read-seconds",
      "1",
      "--rebuild",
      "listings",
      "--wrangle",
      "no",
      "--quire.data-dir=" + data
    };
    int againCode =
        BenchCommand.run(
            QuireApplication.class,
            listingsOnly,
            new PrintStream(again, true, StandardCharsets.UTF_8));
    String againOutput = again.toString(StandardCharsets.UTF_8);
    assertThat(againCode).as(againOutput).isZero();
    assertThat(againOutput)
        .contains("holds this corpus already")
        .contains("kept (--rebuild listings)");
    assertThat(run("--works", "1000", "--rebuild", "maybe")).isEqualTo(2);

    // The same directory is refused for another corpus, and so is one holding anything else.
    assertThat(run("--works", "2000", "--quire.data-dir=" + data)).isEqualTo(2);
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("something"), "an archive");
    assertThat(run("--works", "1000", "--seed", "7", "--quire.data-dir=" + other)).isEqualTo(2);
    assertThat(run("--works", "ten")).isEqualTo(2);
  }

  private static int run(String... args) {
    return BenchCommand.run(
        QuireApplication.class,
        args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }
}
