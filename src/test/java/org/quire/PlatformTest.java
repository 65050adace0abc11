package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

class PlatformTest extends IntegrationTest {

  @Test
  void healthIsUp() {
    Api.Response health = api.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().toString()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void prometheusMetricsAreServedToTheLocalScraper() {
    Api.Response metrics = api.get("/actuator/prometheus", "text/plain");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void theOpenApiDescriptionListsTheApi() {
    Api.Response openapi = api.get("/api/v1/openapi.json");
    assertThat(openapi.status()).isEqualTo(200);
    JsonNode paths = openapi.json().path("paths");
    assertThat(paths.has("/api/v1/accounts")).isTrue();
    assertThat(paths.has("/api/v1/tokens")).isTrue();
    assertThat(paths.has("/api/v1/me")).isTrue();
    assertThat(openapi.json().path("info").path("title").asString()).isEqualTo("Quire API");
  }

  @Test
  void pagesSendASecurityPolicy() {
    Api.Response home = api.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.header("Content-Security-Policy")).contains("script-src 'self'");
    // Frames only from the media hosts chapters may embed, over https; audio and video from
    // anywhere.
    assertThat(home.header("Content-Security-Policy"))
        .contains(
            "frame-src https://www.youtube.com https://youtube.com https://www.youtube-nocookie.com"
                + " https://player.vimeo.com https://archive.org",
            "https://open.spotify.com",
            "media-src 'self' https: http:")
        .doesNotContain("frame-src *", "frame-src https:;");
    assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
