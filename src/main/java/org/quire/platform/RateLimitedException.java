package org.quire.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * 429 (this caller is over a limit) or 503 (the archive is busy): the caller must wait {@link
 * #retryAfterSeconds()} before trying again, as the {@code Retry-After} header says.
 */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  public RateLimitedException(String detail, long retryAfterSeconds) {
    this(HttpStatus.TOO_MANY_REQUESTS, detail, retryAfterSeconds);
  }

  private RateLimitedException(HttpStatus status, String detail, long retryAfterSeconds) {
    super(status, detail);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  /** 503: the archive as a whole is at a limit (not this caller), e.g. every download build. */
  public static RateLimitedException busy(String detail, long retryAfterSeconds) {
    return new RateLimitedException(HttpStatus.SERVICE_UNAVAILABLE, detail, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * Sets a page's status for a failed service call, with {@code Retry-After} when it is a limit:
   * for forms that show themselves again (with what was typed) rather than the error page.
   */
  public static void setStatus(HttpServletResponse response, ApiException e) {
    response.setStatus(e.status().value());
    if (e instanceof RateLimitedException limited) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
    }
  }
}
