package org.quire.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.quire.QuireApplication;
import org.quire.accounts.LowerableSignUpLimit;
import org.quire.works.LowerablePostingLimits;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running archive: one Spring context for the whole suite, real
 * HTTP on a random port, and the embedded PostgreSQL in a fresh folder under {@code target/}, or
 * the server named by {@code QUIRE_TEST_DATABASE_URL}. Tests create their own uniquely named data,
 * so they never depend on each other's leftovers.
 */
@SpringBootTest(
    classes = QuireApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "quire.admin.username=" + IntegrationTest.ADMIN,
      "quire.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
      "quire.limits.login-per-ip-per-minute=100000",
      "quire.limits.login-failures-per-name=5",
      // The suite signs up and posts from one address and many new accounts; the limit tests
      // lower these for a while through the test-scoped beans imported below.
      "quire.limits.signups-per-address-per-hour=1000000",
      "quire.limits.new-account-works-per-day=1000000",
      "quire.limits.new-account-chapters-per-hour=1000000",
      // Download tests serve images from loopback.
      "quire.downloads.images=all"
    })
// Test-scoped beans for the whole suite (one context): they stand in for main components so that
// a test can run them with other settings for a while.
@Import({LowerablePostingLimits.class, LowerableSignUpLimit.class})
public abstract class IntegrationTest {
  public static final String ADMIN = "quireadmin";
  public static final String ADMIN_PASSWORD = "admin-password-1";
  private static final Path DATA_DIR = freshDataDir();

  @LocalServerPort protected int port;
  protected Api api;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("quire.data-dir", DATA_DIR::toString);
    String external = System.getenv("QUIRE_TEST_DATABASE_URL");
    if (external != null && !external.isBlank()) {
      registry.add("quire.database.url", () -> external);
      registry.add("quire.database.user", () -> envOr("QUIRE_TEST_DATABASE_USER", ""));
      registry.add("quire.database.password", () -> envOr("QUIRE_TEST_DATABASE_PASSWORD", ""));
    }
  }

  @BeforeEach
  void connect() {
    api = new Api("http://localhost:" + port);
  }

  /** A form client already signed in as {@code username} (password "password-1"). */
  protected FormClient signedInClient(String username) {
    FormClient client = new FormClient(baseUrl());
    client.logIn(username, "password-1");
    return client;
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** A data dir of this run's own; older runs' folders are removed. */
  private static Path freshDataDir() {
    Path root = Path.of("target", "test-data").toAbsolutePath();
    try {
      Files.createDirectories(root);
      try (Stream<Path> old = Files.list(root)) {
        old.forEach(IntegrationTest::deleteQuietly);
      }
      return Files.createTempDirectory(root, "run-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A folder still used by a lingering process is left for a later run.
    }
  }
}
