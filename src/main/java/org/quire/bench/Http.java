package org.quire.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the archive on loopback, as any client would speak to it. One shared client.
 */
final class Http {
  static final JsonMapper JSON = JsonMapper.builder().build();

  final String base;
  final int port;
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  Http(int port) {
    this.base = "http://localhost:" + port;
    this.port = port;
  }

  /** A response read whole. */
  record Response(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    Response expect(int expected, String what) {
      if (status != expected) {
        throw new BenchFailure(
            1,
            what
                + " answered "
                + status
                + " instead of "
                + expected
                + ": "
                + abbreviate(body, 500));
      }
      return this;
    }
  }

  Response get(String path, @Nullable String token) {
    return send(request(path, token).GET());
  }

  Response send(String method, String path, @Nullable Object body, @Nullable String token) {
    HttpRequest.Builder request = request(path, token);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return send(request);
  }

  HttpRequest.Builder request(String path, @Nullable String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(5))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new BenchFailure("HTTP request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchFailure("Interrupted", e);
    }
  }

  /** {@code ?a=1&b=2}, every name and value encoded; empty for no parameters. */
  static String query(Map<String, List<String>> params) {
    StringBuilder q = new StringBuilder();
    params.forEach(
        (name, values) -> {
          for (String value : values) {
            q.append(q.isEmpty() ? '?' : '&')
                .append(encode(name))
                .append('=')
                .append(encode(value));
          }
        });
    return q.toString();
  }

  /** A tag name as one path segment ("/" as %2F, as the archive expects). */
  static String segment(String name) {
    return encode(name);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
