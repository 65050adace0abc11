package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Behind a reverse proxy the client's address comes from X-Forwarded-For, but only when the proxy
 * is trusted: otherwise anyone could claim any address.
 */
class ClientAddressTest extends IntegrationTest {
  private final HttpClient http = HttpClient.newHttpClient();
  @Autowired ApplicationContext context;

  @Test
  void aForwardedForFromAnUntrustedPeerIsIgnored() {
    long work = postedWork();
    assertThat(kudosAsGuest(work, "203.0.113.10").statusCode()).isEqualTo(201);
    // Another claimed address is still the same guest: one kudos per address.
    assertThat(kudosAsGuest(work, "203.0.113.11").statusCode()).isEqualTo(409);
    // The metrics stay the local scraper's, whatever the header says.
    assertThat(send("/actuator/prometheus", "X-Forwarded-For", "203.0.113.10").statusCode())
        .isEqualTo(200);
  }

  @Test
  void behindATrustedProxyEachGuestIsTheirOwnAddress() {
    long work = postedWork();
    try (TrustedProxiesForTests.Handle proxy = TrustedProxiesForTests.trustLoopback(context)) {
      assertThat(kudosAsGuest(work, "203.0.113.20").statusCode()).isEqualTo(201);
      assertThat(kudosAsGuest(work, "203.0.113.21").statusCode()).isEqualTo(201);
      assertThat(kudosAsGuest(work, "203.0.113.21").statusCode()).isEqualTo(409);
      assertThat(api.get("/api/v1/works/" + work + "/kudos").json().get("kudos").asLong())
          .isEqualTo(2);

      // A public client behind the proxy does not get the loopback's metrics...
      assertRefused(send("/actuator/prometheus", "X-Forwarded-For", "203.0.113.20"));
      // ...nor by claiming loopback itself: the proxy appends the real address, rightmost wins.
      assertRefused(send("/actuator/prometheus", "X-Forwarded-For", "127.0.0.1, 203.0.113.20"));
      // The proxy's own requests (no header) are still local.
      assertThat(send("/actuator/prometheus", "Accept", "text/plain").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theForwardedSchemeMakesCookiesSecureOnlyFromATrustedProxy() {
    assertThat(csrfCookie("X-Forwarded-Proto", "https")).doesNotContainIgnoringCase("secure");
    try (TrustedProxiesForTests.Handle proxy = TrustedProxiesForTests.trustLoopback(context)) {
      assertThat(csrfCookie("X-Forwarded-Proto", "https")).containsIgnoringCase("secure");
      assertThat(csrfCookie("X-Forwarded-Proto", "http")).doesNotContainIgnoringCase("secure");
    }
  }

  @Test
  void trustedProxiesAreAddressesOrRanges() {
    assertThat(TrustedProxyValve.ranges(List.of())).isEmpty();
    assertThat(TrustedProxyValve.ranges(List.of(" 127.0.0.1", "10.0.0.0/8 ", "::1", "")))
        .isEqualTo("127.0.0.1/32,10.0.0.0/8,::1/128");
    assertThatThrownBy(() -> TrustedProxyValve.ranges(List.of("proxy.example.org")))
        .hasMessageContaining("'proxy.example.org' is not an IP address or CIDR range");
    assertThatThrownBy(() -> TrustedProxyValve.ranges(List.of("10.0.0.0/99")))
        .hasMessageContaining("'10.0.0.0/99'");
  }

  @Test
  void onlyClientAddressReadsThePeerAddress() throws IOException {
    Path main = Path.of("src", "main", "java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> readers =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> read(p).contains("getRemoteAddr("))
              .map(p -> p.getFileName().toString())
              .toList();
      assertThat(readers).containsExactly("ClientAddress.java");
    }
  }

  /** A guest asking for the metrics is sent to log in (as an admin). */
  private static void assertRefused(HttpResponse<String> metrics) {
    assertThat(metrics.statusCode()).isEqualTo(302);
    assertThat(metrics.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(metrics.body()).doesNotContain("# HELP");
  }

  private long postedWork() {
    Api writer = api.as(api.signUpAndToken(Api.unique("proxied")));
    return WorkBuilder.sample("Behind a proxy").post(writer);
  }

  private HttpResponse<String> kudosAsGuest(long work, String forwardedFor) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/works/" + work + "/kudos"))
            .header("X-Forwarded-For", forwardedFor)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private String csrfCookie(String header, String value) {
    HttpResponse<String> page = send("/login", header, value);
    assertThat(page.statusCode()).isEqualTo(200);
    return page.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("XSRF-TOKEN="))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> send(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header(header, value).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
