package org.quire.platform;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's layout needs: who is reading (if anyone), their roles, the CSRF token for
 * forms, the current path for navigation, and the reader's unread inbox entries for the header.
 */
public record PageContext(
    String path,
    @Nullable String username,
    Set<String> roles,
    @Nullable CsrfToken csrf,
    long unread) {

  public boolean signedIn() {
    return username != null;
  }

  public boolean admin() {
    return roles.contains("admin");
  }

  public boolean wrangler() {
    return roles.contains("wrangler") || admin();
  }

  /** Whether the header marks this path as the page being shown. */
  public boolean at(String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  public String csrfParameter() {
    return csrf == null ? "_csrf" : csrf.getParameterName();
  }

  public String csrfToken() {
    return csrf == null ? "" : csrf.getToken();
  }
}
