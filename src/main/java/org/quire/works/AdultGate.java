package org.quire.works;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.springframework.stereotype.Component;

/**
 * AO3's "Adult Content Warning": Not Rated, Mature and Explicit works first show a page naming the
 * work, its rating and warnings, unless the reader opted out in settings, already said "Yes,
 * Continue" in this browser session, or is one of the creators. The "Yes" is a cookie that ends
 * with the browser session, not a server session: anyone may say yes, so there is nothing to
 * protect, and a guest reading past the warning then costs the server no session writes.
 */
@Component
class AdultGate {
  static final String COOKIE = "view_adult";
  private final AccountDirectory accounts;

  AdultGate(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  /** True when the warning page must be shown instead of the work. */
  boolean mustWarn(
      Viewer viewer, Work work, HttpServletRequest request, HttpServletResponse response) {
    if (!work.adult() || work.createdBy(viewer.accountId())) {
      return false;
    }
    boolean accepted = accepted(request);
    if ("true".equals(request.getParameter("view_adult"))) {
      if (!accepted) {
        Cookie yes = new Cookie(COOKIE, "true");
        yes.setPath("/");
        yes.setHttpOnly(true);
        yes.setSecure(request.isSecure());
        yes.setAttribute("SameSite", "Lax");
        response.addCookie(yes);
      }
      return false;
    }
    if (accepted) {
      return false;
    }
    Long accountId = viewer.accountId();
    return accountId == null || !accounts.showsAdultContent(accountId);
  }

  private static boolean accepted(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (cookie.getName().equals(COOKIE) && cookie.getValue().equals("true")) {
          return true;
        }
      }
    }
    return false;
  }
}
