package org.quire.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.jspecify.annotations.Nullable;

/**
 * Behind a reverse proxy every request comes from the proxy. When the peer is one of the trusted
 * proxies, Tomcat's {@link RemoteIpValve} takes the client's address from {@code X-Forwarded-For}
 * (walking from the right past trusted hops, so a value the client sent itself is never taken) and
 * the scheme from {@code X-Forwarded-Proto} (so secure cookies and redirects are right). From any
 * other peer those headers are ignored. With no trusted proxies (the default) the valve only passes
 * requests on.
 */
final class TrustedProxyValve extends ValveBase {
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+/[0-9]{1,3}");
  private volatile @Nullable RemoteIpValve delegate;

  TrustedProxyValve(List<String> proxies) {
    super(true);
    trust(proxies);
  }

  /** Trusts exactly {@code proxies} (addresses or CIDR ranges) from now on; empty trusts none. */
  void trust(List<String> proxies) {
    String ranges = ranges(proxies);
    if (ranges.isEmpty()) {
      delegate = null;
      return;
    }
    RemoteIpValve valve = new RemoteIpValve();
    // Set explicitly: Tomcat's default trusts every private network.
    valve.setInternalProxies(ranges);
    valve.setTrustedProxies("");
    valve.setRemoteIpHeader("X-Forwarded-For");
    valve.setProtocolHeader("X-Forwarded-Proto");
    valve.setNext(getNext());
    delegate = valve;
  }

  @Override
  public void setNext(Valve valve) {
    super.setNext(valve);
    RemoteIpValve current = delegate;
    if (current != null) {
      current.setNext(valve);
    }
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    RemoteIpValve current = delegate;
    if (current == null) {
      getNext().invoke(request, response);
    } else {
      current.invoke(request, response);
    }
  }

  /**
   * "127.0.0.1, 10.0.0.0/8, ::1" as Tomcat's comma-separated CIDR list: a bare address becomes a
   * one-address range (Tomcat would otherwise read it as a regular expression, "." matching any
   * character). A malformed entry stops start-up with a message naming it.
   */
  static String ranges(List<String> proxies) {
    List<String> ranges = new ArrayList<>();
    for (String proxy : proxies) {
      String entry = proxy.strip();
      if (entry.isEmpty()) {
        continue;
      }
      String range = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
      // Literals only: a host name would be looked up once, then trusted whatever it points to.
      if (!LITERAL.matcher(range).matches()) {
        throw invalid(entry, null);
      }
      try {
        new NetMask(range);
      } catch (IllegalArgumentException e) {
        throw invalid(entry, e);
      }
      ranges.add(range);
    }
    return String.join(",", ranges);
  }

  private static IllegalArgumentException invalid(String entry, @Nullable Exception cause) {
    return new IllegalArgumentException(
        "quire.trusted-proxies: '" + entry + "' is not an IP address or CIDR range", cause);
  }
}
