package org.quire.platform;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart body the server cannot read (a Content-Type without its boundary, a file name with
 * NUL) is the client's fault: 400, as problem+json under {@code /api} and as the error page
 * elsewhere. The body is parsed wherever a parameter is first read (the CSRF filter for page forms,
 * the dispatcher for the API), so the failure is caught here, around all of them; the error page is
 * rendered here too, since an error dispatch would parse the same body again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MultipartErrorFilter extends OncePerRequestFilter {
  private final ProblemWriter problems;
  private final TemplateEngine templates;

  MultipartErrorFilter(ProblemWriter problems, TemplateEngine templates) {
    this.problems = problems;
    this.templates = templates;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBoundary(request.getContentType())) {
      reject(
          request,
          response,
          "The multipart request has no boundary: its Content-Type must be"
              + " \"multipart/form-data; boundary=…\" (HTTP clients add it when sending a file).");
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      String message = message(e);
      if (message == null || response.isCommitted()) {
        throw e;
      }
      response.reset();
      reject(request, response, message);
    }
  }

  private static boolean hasBoundary(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2
          && pair[0].strip().equalsIgnoreCase("boundary")
          && !pair[1].strip().replace("\"", "").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** What was wrong with the body, or null when the failure is not a malformed multipart body. */
  private static @Nullable String message(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof InvalidFileNameException) {
        return "A file name in the multipart upload contains a character that is not allowed"
            + " (such as NUL); rename the file and send it again.";
      }
      if (cause instanceof SizeException) {
        return null; // the upload limit's own 413 (UploadLimitAdvice)
      }
      if (cause instanceof FileUploadException) {
        return "The multipart request could not be read: its body is malformed.";
      }
    }
    return null;
  }

  private void reject(HttpServletRequest request, HttpServletResponse response, String message)
      throws IOException {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    if (request.getRequestURI().startsWith("/api/")) {
      problems.write(request, response, status, message, List.of(new FieldError("file", message)));
      return;
    }
    StringOutput page = new StringOutput();
    templates.render(
        "platform/error.jte",
        Map.of(
            "ctx",
            PageContextAdvice.of(request),
            "status",
            status.value(),
            "title",
            "The upload could not be read",
            "message",
            message),
        page);
    response.setStatus(status.value());
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(page.toString());
  }
}
