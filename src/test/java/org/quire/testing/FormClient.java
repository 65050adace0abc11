package org.quire.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Talks to the HTML pages as a browser without JavaScript would: cookies, forms, CSRF tokens. */
public final class FormClient {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final @Nullable String forwardedFor;

  public FormClient(String base) {
    this(base, null);
  }

  /**
   * A browser at {@code address}, as a reverse proxy on loopback tells it in {@code
   * X-Forwarded-For}: believed only while loopback is trusted (see {@code TrustedProxiesForTests}).
   * Per-address limits then count this browser apart from the others.
   */
  public FormClient(String base, @Nullable String forwardedFor) {
    this.base = base;
    this.forwardedFor = forwardedFor;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
  }

  /** Posts a form, adding the CSRF token found on {@code pageWithForm}. */
  public HttpResponse<String> submit(
      String pageWithForm, String action, Map<String, String> fields) {
    Matcher m = CSRF.matcher(get(pageWithForm).body());
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (m.find()) {
      all.put("_csrf", m.group(1));
    }
    return post(action, all);
  }

  /** Posts a form as is (no CSRF token unless given). */
  public HttpResponse<String> post(String action, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in through the log-in form; returns the response to the form post. */
  public HttpResponse<String> logIn(String login, String password) {
    return submit("/login", "/login", Map.of("login", login, "password", password));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
