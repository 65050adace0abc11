package org.quire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-corpus.json} in the data directory, written after a complete load: which corpus the
 * directory holds (works, seed, generator version) and what loading it took, so that measuring it
 * again skips the load and still reports it.
 */
final class CorpusMarker {
  static final String FILE = "bench-corpus.json";

  /** Bumped whenever the generator would write a different corpus for the same seed. */
  static final int GENERATOR = 1;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CorpusMarker() {}

  /** What the directory holds: a corpus (its marker), nothing, or something else (refused). */
  static Optional<JsonNode> read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(Files.readString(file)));
    } catch (IOException | RuntimeException e) {
      throw new BenchFailure(2, file + " cannot be read (" + e.getMessage() + ").");
    }
  }

  static boolean matches(JsonNode marker, int works, long seed) {
    return marker.path("works").asLong() == works
        && marker.path("seed").asLong() == seed
        && marker.path("generator").asInt() == GENERATOR;
  }

  static boolean isEmpty(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dataDir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new BenchFailure(2, dataDir + " cannot be read (" + e.getMessage() + ").");
    }
  }

  static void write(Path dataDir, int works, long seed, CorpusLoader.Loaded loaded)
      throws IOException {
    Map<String, Object> marker = new LinkedHashMap<>();
    marker.put("generator", GENERATOR);
    marker.put("works", works);
    marker.put("seed", seed);
    marker.put("firstWorkId", loaded.firstWorkId());
    marker.put("loadedAt", java.time.Instant.now().toString());
    marker.put("loadSeconds", loaded.seconds());
    marker.put("vacuumSeconds", loaded.vacuumSeconds());
    marker.put("chapters", loaded.chapters());
    marker.put("workTags", loaded.workTags());
    marker.put("chapterTextBytes", loaded.chapterTextBytes());
    Files.writeString(dataDir.resolve(FILE), JSON.writeValueAsString(marker) + "\n");
  }

  /** The load figures a marker recorded. */
  static CorpusLoader.Loaded loaded(JsonNode marker) {
    return new CorpusLoader.Loaded(
        marker.path("works").asInt(),
        marker.path("firstWorkId").asLong(),
        marker.path("chapters").asLong(),
        marker.path("workTags").asLong(),
        marker.path("chapterTextBytes").asLong(),
        marker.path("loadSeconds").asDouble(),
        marker.path("vacuumSeconds").asDouble());
  }
}
