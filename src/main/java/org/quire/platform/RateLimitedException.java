package org.quire.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** 429: the caller must wait {@link #retryAfterSeconds()} before trying again. */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  public RateLimitedException(String detail, long retryAfterSeconds) {
    super(HttpStatus.TOO_MANY_REQUESTS, detail);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** A page showing {@code e} on its form: its status, and Retry-After when it is a rate limit. */
  public static void setStatus(ApiException e, HttpServletResponse response) {
    response.setStatus(e.status().value());
    if (e instanceof RateLimitedException limited) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
    }
  }
}
