package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.QuireApplication;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.WorkBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Runs the archive as its own process on the embedded PostgreSQL, kills it with SIGKILL (leaving
 * the postmaster orphaned), starts it again on the same data dir, and checks that committed data
 * and sign-ins survived and that a normal stop leaves no PostgreSQL behind.
 */
class CrashRecoveryTest {
  @TempDir Path dataDir;

  @Test
  void theArchiveComesBackAfterSigkillWithNothingCommittedLost() throws Exception {
    int port = freePort();
    String base = "http://localhost:" + port;
    Process first = start(port);
    String name = Api.unique("survivor");
    FormClient browser = new FormClient(base);
    try {
      awaitHealthy(base, first);
      Api api = new Api(base);
      Api writer = api.as(api.signUpAndToken(name));
      work("Survivor " + name).post(writer);
      browser.logIn(name, "password-1");
      assertThat(browser.get("/settings").statusCode()).isEqualTo(200);
    } finally {
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
    }
    assertThat(Files.exists(dataDir.resolve("postgres/data/postmaster.pid")))
        .as("the orphaned postmaster is still running")
        .isTrue();

    Process second = start(port);
    try {
      awaitHealthy(base, second);
      Api api = new Api(base);
      assertThat(
              api.post("/api/v1/tokens", Map.of("login", name, "password", "password-1")).status())
          .isEqualTo(201);
      assertThat(browser.get("/settings").statusCode()).as("the session survived").isEqualTo(200);
      // The index was open when the process died: it is rebuilt from the database, and the
      // work posted before the crash is found (by SQL until the index is ready, then by it).
      Api admin = api.as(api.tokenFor("crashadmin", "crash-admin-password"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      JsonNode status = admin.get("/api/v1/admin/search-index").json();
      while (!status.path("ready").asBoolean() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        status = admin.get("/api/v1/admin/search-index").json();
      }
      assertThat(status.path("ready").asBoolean()).isTrue();
      assertThat(status.path("rebuiltAtStartBecause").asString()).contains("not closed cleanly");
      assertThat(status.path("works").asInt()).isEqualTo(1);
      JsonNode found = api.get("/api/v1/works?q=" + name).json();
      assertThat(found.path("total").asLong()).isEqualTo(1);
    } finally {
      second.destroy(); // SIGTERM: graceful shutdown stops PostgreSQL too
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.exists(dataDir.resolve("postgres/data/postmaster.pid")))
        .as("PostgreSQL stopped with the server")
        .isFalse();
    assertThat(Files.isDirectory(dataDir.resolve("postgres/runtime"))).isTrue();
    assertThat(Files.exists(dataDir.resolve("index/works.in-use")))
        .as("a clean stop marks the index as closed cleanly")
        .isFalse();

    // With the server stopped, `reindex` rebuilds the index from the database and exits.
    Process reindex = start(port, "reindex");
    assertThat(reindex.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(reindex.exitValue()).as(Files.readString(log(reindex))).isZero();
    assertThat(Files.readString(log(reindex)))
        .contains("Indexed 1 works for listings")
        .contains("chapter text in");
    assertThat(Files.exists(dataDir.resolve("index/works.in-use"))).isFalse();
  }

  /**
   * The work that follows a commit is a row committed with it: a node that runs no jobs is killed
   * after wrangling and posting, and the next start does that work (filter sets, inbox entries).
   */
  @Test
  void workQueuedByACommitIsDoneAfterTheServerIsKilledBeforeDoingIt() throws Exception {
    int port = freePort();
    String base = "http://localhost:" + port;
    String writerName = Api.unique("queuer");
    String readerName = Api.unique("waiter");
    String pairing = "Queued Pair " + writerName;
    String meta = "Queued Meta " + writerName;
    Process first = start(port, Map.of("QUIRE_JOBS_WORKER", "false"));
    try {
      awaitHealthy(base, first);
      Api api = new Api(base);
      Api writer = api.as(api.signUpAndToken(writerName));
      Api reader = api.as(api.signUpAndToken(readerName));
      Api admin = api.as(api.tokenFor("crashadmin", "crash-admin-password"));
      WorkBuilder work = work("Survivor " + writerName);
      long id = work.relationships(pairing).post(writer);
      assertThat(
              reader
                  .post("/api/v1/subscriptions", Map.of("type", "work", "id", String.valueOf(id)))
                  .status())
          .isEqualTo(201);
      assertThat(
              reader
                  .post("/api/v1/subscriptions", Map.of("type", "user", "id", writerName))
                  .status())
          .isEqualTo(201);
      // A metatag with no works of its own, over the work's tag.
      long other = work.relationships(meta).post(writer);
      assertThat(writer.delete("/api/v1/works/" + other).status()).isEqualTo(204);
      assertThat(admin.patch(tagPath(pairing), Map.of("canonical", true)).status()).isEqualTo(200);
      assertThat(admin.patch(tagPath(meta), Map.of("canonical", true)).status()).isEqualTo(200);
      assertThat(admin.patch(tagPath(pairing), Map.of("addMetaTags", List.of(meta))).status())
          .isEqualTo(200);
      assertThat(
              writer
                  .post("/api/v1/works/" + id + "/chapters", Map.of("body", "A second chapter."))
                  .status())
          .isEqualTo(201);
      work("Survivor " + writerName + " two").post(writer);
      // Committed, not yet done: nobody on this node runs the jobs.
      Thread.sleep(500);
      assertThat(api.get(tagPath(meta)).json().path("worksCount").asInt()).isZero();
      assertThat(reader.get("/api/v1/me/inbox").json().path("total").asInt()).isZero();
    } finally {
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
    }

    Process second = start(port, Map.of());
    try {
      awaitHealthy(base, second);
      Api api = new Api(base);
      Api reader = api.as(api.tokenFor(readerName, "password-1"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while ((api.get(tagPath(meta)).json().path("worksCount").asInt() != 1
              || reader.get("/api/v1/me/inbox").json().path("total").asInt() < 2)
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(api.get(tagPath(meta)).json().path("worksCount").asInt())
          .as("the metatag finds the work under its subtag")
          .isEqualTo(1);
      JsonNode inbox = reader.get("/api/v1/me/inbox").json();
      assertThat(inbox.path("total").asInt()).as(inbox.toString()).isEqualTo(2);
      assertThat(inbox.path("items").get(0).path("kind").asString()).isEqualTo("work");
      assertThat(inbox.path("items").get(1).path("kind").asString()).isEqualTo("chapter");
    } finally {
      second.destroy();
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static String tagPath(String name) {
    return "/api/v1/tags/"
        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  private final Map<Process, Path> logs = new java.util.HashMap<>();

  private Path log(Process process) {
    return logs.get(process);
  }

  private Process start(int port, String... command) throws IOException {
    return start(port, Map.of(), command);
  }

  private Process start(int port, Map<String, String> env, String... command) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> line =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                QuireApplication.class.getName()));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().put("QUIRE_DATA_DIR", dataDir.toString());
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    builder.environment().put("QUIRE_ADMIN_USERNAME", "crashadmin");
    builder.environment().put("QUIRE_ADMIN_PASSWORD", "crash-admin-password");
    builder.environment().remove("QUIRE_DATABASE_URL");
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Path log = dataDir.resolve("server-" + System.nanoTime() + ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    logs.put(process, log);
    return process;
  }

  private static void awaitHealthy(String base, Process process) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("server process is running").isTrue();
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the server did not become healthy");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
