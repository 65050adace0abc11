package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
      api.signUpAndToken(name);
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
    } finally {
      second.destroy(); // SIGTERM: graceful shutdown stops PostgreSQL too
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.exists(dataDir.resolve("postgres/data/postmaster.pid")))
        .as("PostgreSQL stopped with the server")
        .isFalse();
    assertThat(Files.isDirectory(dataDir.resolve("postgres/runtime"))).isTrue();
  }

  private Process start(int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                QuireApplication.class.getName()));
    builder.environment().put("QUIRE_DATA_DIR", dataDir.toString());
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    builder.environment().remove("QUIRE_DATABASE_URL");
    builder.redirectErrorStream(true);
    builder.redirectOutput(dataDir.resolve("server-" + System.nanoTime() + ".log").toFile());
    return builder.start();
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
