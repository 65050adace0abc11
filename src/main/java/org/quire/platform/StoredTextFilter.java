package org.quire.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query and form parameters holding characters that text cannot store ({@link StoredText}),
 * naming the parameter: a 422 for a form sent to change something, a 400 for a query. Without it a
 * NUL reached PostgreSQL and came back as a 409. Multipart bodies are read by their own controllers
 * (uploads) and JSON bodies by {@link StoredTextModule}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StoredTextFilter extends OncePerRequestFilter {
  private final ProblemWriter problems;

  StoredTextFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String field = parameter.getKey();
      String problem = StoredText.problem(field);
      for (String value : parameter.getValue()) {
        if (problem == null) {
          problem = StoredText.problem(value);
        }
      }
      if (problem != null) {
        refuse(request, response, StoredText.problem(field) == null ? field : "parameter", problem);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, String field, String problem)
      throws IOException {
    String method = request.getMethod();
    HttpStatus status =
        method.equals("GET") || method.equals("HEAD")
            ? HttpStatus.BAD_REQUEST
            : HttpStatus.UNPROCESSABLE_CONTENT;
    String detail = field + ": " + problem;
    if (request.getRequestURI().startsWith("/api/")) {
      problems.write(request, response, status, detail, List.of(new FieldError(field, problem)));
    } else {
      response.sendError(status.value(), detail);
    }
  }
}
