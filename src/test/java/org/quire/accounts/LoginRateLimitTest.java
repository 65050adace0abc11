package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;

/** The suite runs with 5 failures allowed per login name (see {@link IntegrationTest}). */
class LoginRateLimitTest extends IntegrationTest {

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
