package org.quire.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.quire.platform.ClientAddress;
import org.quire.platform.RateLimitedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies {@link LoginThrottle} to the log-in form; a spent limit shows the form with 429. */
final class LoginThrottleFilter extends OncePerRequestFilter {
  static final String RETRY_AFTER_ATTRIBUTE = "quire.login.retryAfter";
  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String login = request.getParameter("login");
    try {
      throttle.beforeAttempt(ClientAddress.of(request), login == null ? "" : login);
    } catch (RateLimitedException limited) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
      request.setAttribute(RETRY_AFTER_ATTRIBUTE, limited.retryAfterSeconds());
      request.getRequestDispatcher("/login/throttled").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
