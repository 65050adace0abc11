package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.platform.TrustedProxiesForTests;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The suite runs with 5 failures allowed per login name (see {@link IntegrationTest}). */
class LoginRateLimitTest extends IntegrationTest {
  private final HttpClient http = HttpClient.newHttpClient();
  @Autowired ApplicationContext context;

  @Test
  void repeatedFailuresForOneLoginAre429WithRetryAfter() {
    String name = Api.unique("brute");
    api.signUpAndToken(name);
    for (int i = 0; i < 5; i++) {
      assertThat(
              api.post("/api/v1/tokens", Map.of("login", name, "password", "guess-" + i)).status())
          .isEqualTo(401);
    }
    Api.Response limited =
        api.post("/api/v1/tokens", Map.of("login", name.toUpperCase(), "password", "password-1"));
    assertThat(limited.status()).isEqualTo(429);
    assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    assertThat(limited.header("Content-Type")).startsWith("application/problem+json");

    // Another account is not affected.
    String other = Api.unique("calm");
    api.signUpAndToken(other);
    assertThat(
            api.post("/api/v1/tokens", Map.of("login", other, "password", "password-1")).status())
        .isEqualTo(201);
  }

  @Test
  void failuresByUsernameCountForLogInsByEmail() {
    String name = Api.unique("twofaced");
    api.signUpAndToken(name);
    for (int i = 0; i < 5; i++) {
      assertThat(
              api.post("/api/v1/tokens", Map.of("login", name, "password", "guess-" + i)).status())
          .isEqualTo(401);
    }
    Api.Response byEmail =
        api.post("/api/v1/tokens", Map.of("login", name + "@example.org", "password", "guess-5"));
    assertThat(byEmail.status()).isEqualTo(429);
    assertThat(Long.parseLong(byEmail.header("Retry-After"))).isPositive();
  }

  @Test
  void someoneElsesGuessingDoesNotLockTheOwnerOut() {
    String name = Api.unique("owner");
    api.signUpAndToken(name);
    try (TrustedProxiesForTests.Handle proxy = TrustedProxiesForTests.trustLoopback(context)) {
      String guesser = "203.0.113." + (1 + (int) (Math.random() * 250));
      for (int i = 0; i < 5; i++) {
        assertThat(tokenFrom(guesser, name, "guess-" + i)).isEqualTo(401);
      }
      assertThat(tokenFrom(guesser, name, "guess-5")).isEqualTo(429);
      assertThat(tokenFrom(guesser, name, "password-1")).isEqualTo(429);
      // The owner, at an address that has not been failing, gets in by name or email.
      String home = "198.51.100." + (1 + (int) (Math.random() * 250));
      assertThat(tokenFrom(home, name, "password-1")).isEqualTo(201);
      assertThat(tokenFrom(home, name + "@example.org", "password-1")).isEqualTo(201);
    }
  }

  private int tokenFrom(String address, String login, String password) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/tokens"))
              .header("X-Forwarded-For", address)
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void successfulLogInsDoNotCountAgainstTheName() {
    String name = Api.unique("often");
    api.signUpAndToken(name);
    for (int i = 0; i < 8; i++) {
      assertThat(
              api.post("/api/v1/tokens", Map.of("login", name, "password", "password-1")).status())
          .isEqualTo(201);
    }
  }
}
