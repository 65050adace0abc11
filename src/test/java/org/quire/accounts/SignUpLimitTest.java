package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.platform.TrustedProxiesForTests;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Sign-ups per address are limited; the suite's limit is lowered here to reach it. */
class SignUpLimitTest extends IntegrationTest {
  private final HttpClient http = HttpClient.newHttpClient();
  @Autowired ApplicationContext context;
  @Autowired LowerableSignUpLimit limit;

  @AfterEach
  void restore() {
    limit.restore();
  }

  @Test
  void anAddressMaySignUpSoManyAccountsAnHour() {
    limit.lower(3);
    try (TrustedProxiesForTests.Handle proxy = TrustedProxiesForTests.trustLoopback(context)) {
      String school = randomAddress("203.0.113.");
      for (int i = 0; i < 3; i++) {
        assertThat(signUpFrom(school, Api.unique("pupil")).statusCode()).isEqualTo(201);
      }
      HttpResponse<String> refused = signUpFrom(school, Api.unique("pupil"));
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 3600L);
      assertThat(refused.body()).contains("at most 3 an hour");

      // Another address is not affected.
      assertThat(signUpFrom(randomAddress("198.51.100."), Api.unique("home")).statusCode())
          .isEqualTo(201);
    }
  }

  @Test
  void theSignUpFormSaysWhenToComeBack() {
    api.signUpAndToken(Api.unique("first"));
    limit.lower(1);
    String name = Api.unique("second");
    HttpResponse<String> page =
        new FormClient(baseUrl())
            .submit(
                "/signup",
                "/signup",
                Map.of(
                    "username",
                    name,
                    "email",
                    name + "@example.org",
                    "password",
                    "password-1",
                    "passwordConfirmation",
                    "password-1"));
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body()).contains("Too many accounts were created from your address");
    assertThat(page.body()).contains("value=\"" + name + "\"");
  }

  private static String randomAddress(String prefix) {
    return prefix + ThreadLocalRandom.current().nextInt(1, 255);
  }

  private HttpResponse<String> signUpFrom(String address, String username) {
    String body =
        "{\"username\":\""
            + username
            + "\",\"email\":\""
            + username
            + "@example.org\",\"password\":\"password-1\"}";
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/accounts"))
              .header("X-Forwarded-For", address)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
