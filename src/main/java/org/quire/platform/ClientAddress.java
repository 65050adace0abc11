package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place the archive reads a client's address from: the connecting peer, or, when that peer
 * is a trusted reverse proxy ({@code quire.trusted-proxies}), the rightmost address in its {@code
 * X-Forwarded-For} that is not itself a trusted proxy. Tomcat resolves it before any filter runs
 * (see {@link TrustedProxyValve}), so the request already carries it; reading it through here keeps
 * every rate limit, kudos and hit count on the same answer.
 */
public final class ClientAddress {
  private ClientAddress() {}

  /** The client's address as text: an IPv4 or IPv6 literal. */
  public static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
