package org.quire.platform;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Lets a test act as a reverse proxy on loopback without a second Spring context: while the
 * returned handle is open, requests from 127.0.0.1 are believed about {@code X-Forwarded-For}.
 */
public final class TrustedProxiesForTests {
  private TrustedProxiesForTests() {}

  /** Trusts loopback until closed; then the configured list again. */
  public static Handle trustLoopback(ApplicationContext context) {
    TrustedProxyValve valve = context.getBean(TrustedProxyValve.class);
    List<String> configured = context.getBean(QuireProperties.class).trustedProxies();
    valve.trust(List.of("127.0.0.1", "::1"));
    return () -> valve.trust(configured);
  }

  /** Closing restores the configured proxies. */
  public interface Handle extends AutoCloseable {
    @Override
    void close();
  }
}
