package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;

/** Whatever a client sends, it gets a clear 4xx problem, never a 500. */
class BadInputTest extends IntegrationTest {

  @Test
  void malformedJsonIs400() {
    Api.Response response = api.postRaw("/api/v1/accounts", "application/json", "{\"username\":");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().path("detail").asString()).contains("not valid JSON");
  }

  @Test
  void unknownFieldsAre400NamingTheField() {
    Api.Response response =
        api.postRaw(
            "/api/v1/accounts",
            "application/json",
            "{\"username\":\""
                + Api.unique("u")
                + "\",\"email\":\"x@example.org\",\"password\":\"password-1\",\"admin\":true}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("admin");
  }

  @Test
  void wrongContentTypeIs415() {
    Api.Response response = api.postRaw("/api/v1/accounts", "text/plain", "username=x");
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void oversizedBodiesAre413() {
    String huge = "{\"username\":\"" + "a".repeat(9 * 1024 * 1024) + "\"}";
    Api.Response response = api.postRaw("/api/v1/accounts", "application/json", huge);
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().path("detail").asString()).contains("limit");
  }

  @Test
  void wrongTypesAndEmptyBodiesAre4xx() {
    assertThat(api.postRaw("/api/v1/accounts", "application/json", "[1,2]").status())
        .isEqualTo(400);
    assertThat(api.postRaw("/api/v1/accounts", "application/json", "").status()).isEqualTo(400);
    assertThat(api.postRaw("/api/v1/accounts", "application/json", "{\"username\":{}}").status())
        .isEqualTo(400);
    assertThat(api.postRaw("/api/v1/accounts", "application/json", "{}").status()).isEqualTo(422);
  }

  @Test
  void unknownApiPathsAndMethodsAreProblems() {
    Api.Response missing = api.get("/api/v1/no-such-thing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    Api.Response method = api.delete("/api/v1/accounts");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.json().path("status").asInt()).isEqualTo(405);
  }
}
