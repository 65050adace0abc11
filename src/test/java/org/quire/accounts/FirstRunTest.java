package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quire.QuireApplication;
import org.quire.testing.FormClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh install without {@code QUIRE_ADMIN_*}: it prints a one-time link that creates the first
 * admin, then says where it is ready. Its own archive (own data dir and embedded PostgreSQL), as
 * the shared test archive always has its configured admin.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    classes = QuireApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"quire.admin.username=", "quire.admin.password=", "quire.jobs.worker=false"})
class FirstRunTest {
  private static final Pattern LINK =
      Pattern.compile(
          "Create the first one at http://localhost:(\\d+)(/first-admin/[A-Za-z0-9_-]+)");

  @LocalServerPort int port;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    Path root = Files.createDirectories(Path.of("target", "test-data"));
    Path dir = Files.createTempDirectory(root, "first-run-");
    registry.add("quire.data-dir", dir::toString);
  }

  @Test
  void theOneTimeLinkCreatesTheFirstAdminOnce(CapturedOutput output) {
    Matcher m = LINK.matcher(output.getAll());
    assertThat(m.find()).as("the first-admin link is printed").isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(port);
    String link = m.group(2);
    assertThat(output.getAll())
        .contains("Quire is ready at http://localhost:" + port)
        .doesNotContain("Quire is ready at http://localhost:" + port + "/first-admin");
    assertThat(output.getAll().indexOf("Quire is ready at"))
        .isGreaterThan(output.getAll().indexOf("Create the first one at"));

    FormClient visitor = new FormClient("http://localhost:" + port);
    assertThat(visitor.get(link.substring(0, link.length() - 2) + "xx").statusCode())
        .isEqualTo(404);
    assertThat(visitor.get(link).body()).contains("Create the admin account");

    // A mistake keeps the link usable and says what is wrong.
    HttpResponse<String> bad =
        visitor.submit(
            link,
            link,
            Map.of(
                "username", "firstadmin",
                "email", "first@example.org",
                "password", "short",
                "passwordConfirmation", "short"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("Password");

    HttpResponse<String> created =
        visitor.submit(
            link,
            link,
            Map.of(
                "username", "firstadmin",
                "email", "first@example.org",
                "password", "first-admin-password",
                "passwordConfirmation", "first-admin-password"));
    assertThat(created.statusCode()).isEqualTo(302);

    // Used: gone for good, and the new account is the admin.
    assertThat(visitor.get(link).statusCode()).isEqualTo(404);
    FormClient admin = new FormClient("http://localhost:" + port);
    admin.logIn("firstadmin", "first-admin-password");
    assertThat(admin.get("/admin").statusCode()).isEqualTo(200);
  }
}
