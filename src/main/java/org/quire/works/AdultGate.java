package org.quire.works;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.springframework.stereotype.Component;

/**
 * AO3's "Adult Content Warning": Not Rated, Mature and Explicit works first show a page naming the
 * work, its rating and warnings, unless the reader opted out in settings, already said "Yes,
 * Continue" in this session, or is one of the creators.
 */
@Component
class AdultGate {
  static final String SESSION_KEY = "quire.viewAdult";
  private final AccountDirectory accounts;

  AdultGate(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  /** True when the warning page must be shown instead of the work. */
  boolean mustWarn(Viewer viewer, Work work, HttpServletRequest request) {
    if (!work.adult() || work.createdBy(viewer.accountId())) {
      return false;
    }
    if ("true".equals(request.getParameter("view_adult"))) {
      request.getSession(true).setAttribute(SESSION_KEY, true);
      return false;
    }
    HttpSession session = request.getSession(false);
    if (session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_KEY))) {
      return false;
    }
    Long accountId = viewer.accountId();
    return accountId == null || !accounts.showsAdultContent(accountId);
  }
}
