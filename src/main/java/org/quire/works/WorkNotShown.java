package org.quire.works;

import org.quire.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * A work this viewer may not see, by {@link Audience}'s verdict: a 404 like any missing work
 * wherever it is not caught (every API, feed and action). A page showing the work itself calls
 * {@link #onPage} instead, which sends a guest to log in when signing in would let them see it.
 */
public final class WorkNotShown extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Audience.Verdict verdict;

  WorkNotShown(Audience.Verdict verdict) {
    super(HttpStatus.NOT_FOUND, "Work not found");
    this.verdict = verdict;
  }

  /** NOT_FOUND, or SIGN_IN for a guest asking for a work for signed-in readers. */
  public Audience.Verdict verdict() {
    return verdict;
  }

  /**
   * What a reading page (the work, its chapters, its downloads) throws: on SIGN_IN the log-in page,
   * and back here afterwards; otherwise this 404.
   */
  public RuntimeException onPage() {
    return verdict == Audience.Verdict.SIGN_IN
        ? new AccessDeniedException("Restricted works are for signed-in readers.")
        : this;
  }
}
