package org.quire.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.quire.platform.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>}. No header means a guest; a
 * header with an unknown token is 401 at once, so a revoked token never silently reads as a guest.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
  private static final String BEARER = "bearer ";
  private final TokenService tokens;
  private final ProblemWriter problems;

  BearerTokenFilter(TokenService tokens, ProblemWriter problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccountPrincipal> principal =
        header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? tokens.authenticate(header.substring(BEARER.length()).trim())
            : Optional.empty();
    if (principal.isEmpty()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      problems.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "The bearer token is not valid (it may have been revoked).",
          List.of());
      return;
    }
    AccountPrincipal p = principal.get();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
