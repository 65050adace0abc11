package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code quire.limits.upload-bytes} fails before any controller is chosen, so the
 * controller advice of the API and of pages never sees it (and the error page would fail the same
 * way, the request still being multipart). This advice applies to every request: 413 as
 * problem+json under {@code /api}, the error page elsewhere, with the limit in the message. (A page
 * form whose CSRF filter reads the body first gets Tomcat's own 413, shown by the error page.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {
  private final long limit;
  private final ProblemWriter problems;

  UploadLimitAdvice(QuireProperties properties, ProblemWriter problems) {
    this.limit = properties.limits().uploadBytes();
    this.problems = problems;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @org.jspecify.annotations.Nullable
  ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws java.io.IOException {
    String message =
        "The file is larger than the upload limit of "
            + String.format(java.util.Locale.ENGLISH, "%,d", limit)
            + " bytes ("
            + Math.round(limit / (1024.0 * 1024.0))
            + " MB).";
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    if (request.getRequestURI().startsWith("/api/")) {
      problems.write(
          request,
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          message,
          List.of(new FieldError("file", "is larger than the upload limit")));
      return null;
    }
    ModelAndView page = new ModelAndView("platform/error");
    page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
    page.addObject("ctx", PageContextAdvice.of(request));
    page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
    page.addObject("title", ErrorPageController.title(HttpStatus.CONTENT_TOO_LARGE));
    page.addObject("message", message);
    return page;
  }
}
