package org.quire.platform;

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
}
