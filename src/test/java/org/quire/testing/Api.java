package org.quire.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for tests, speaking to the archive as any script would. */
public final class Api {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String base;
  private final HttpClient http = HttpClient.newBuilder().build();
  private @Nullable String token;

  public Api(String base) {
    this.base = base;
  }

  /** A copy that sends {@code Authorization: Bearer token}. */
  public Api as(String token) {
    Api api = new Api(base);
    api.token = token;
    return api;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response post(String path, Object body) {
    return send(jsonBody(request(path), "POST", body));
  }

  public Response put(String path, Object body) {
    return send(jsonBody(request(path), "PUT", body));
  }

  public Response patch(String path, Object body) {
    return send(jsonBody(request(path), "PATCH", body));
  }

  /** Sends a raw body with the given content type. */
  public Response postRaw(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder jsonBody(HttpRequest.Builder builder, String method, Object body) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    return builder
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(text));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A unique name for test data: letters and digits, safe as a username. */
  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** Creates an account and returns a token for it. */
  public String signUpAndToken(String username) {
    Response created =
        post(
            "/api/v1/accounts",
            java.util.Map.of(
                "username",
                username,
                "email",
                username + "@example.org",
                "password",
                "password-1"));
    if (created.status() != 201) {
      throw new IllegalStateException("sign-up failed: " + created.body());
    }
    return tokenFor(username, "password-1");
  }

  public String tokenFor(String login, String password) {
    Response issued =
        post("/api/v1/tokens", java.util.Map.of("login", login, "password", password));
    if (issued.status() != 201) {
      throw new IllegalStateException("token failed: " + issued.body());
    }
    return issued.json().path("token").asString();
  }

  /** An HTTP response with its body parsed on demand. */
  public record Response(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse("");
    }
  }
}
