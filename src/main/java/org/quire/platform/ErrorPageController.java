package org.quire.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen outside a controller (no such page, wrong method, a body too large for the
 * server): problem+json under {@code /api}, a readable page everywhere else.
 */
@Controller
class ErrorPageController implements ErrorController {

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, Model model) {
    HttpStatus status = status(request);
    if (isApi(request)) {
      return "forward:/error/problem";
    }
    model.addAttribute("status", status.value());
    model.addAttribute("title", title(status));
    model.addAttribute("message", message(request, status));
    return "platform/error";
  }

  /** Clients that do not accept HTML (API callers, scripts) get problem+json. */
  @RequestMapping({"/error", "/error/problem"})
  ResponseEntity<Problem> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    return Problem.of(status, message(request, status), originalUri(request), List.of())
        .toResponse();
  }

  private static boolean isApi(HttpServletRequest request) {
    return originalUri(request).startsWith("/api/");
  }

  private static String originalUri(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri == null ? request.getRequestURI() : uri.toString();
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i ? HttpStatus.resolve(i) : HttpStatus.INTERNAL_SERVER_ERROR;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  static String title(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "Page not found";
      case FORBIDDEN -> "Not allowed";
      case TOO_MANY_REQUESTS -> "Too many requests";
      default -> status.getReasonPhrase();
    };
  }

  private static String message(HttpServletRequest request, HttpStatus status) {
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    if (status.is4xxClientError() && message != null && !message.toString().isBlank()) {
      return message.toString();
    }
    return switch (status) {
      case NOT_FOUND ->
          "We couldn't find that. It may have been moved or deleted, or it may not be visible to you.";
      case FORBIDDEN -> "You don't have permission to do that.";
      case METHOD_NOT_ALLOWED -> "That method is not allowed here.";
      case CONTENT_TOO_LARGE -> "The request is too large.";
      case UNSUPPORTED_MEDIA_TYPE -> "That content type is not supported here.";
      default ->
          status.is5xxServerError()
              ? "Something went wrong on our side. Please try again."
              : status.getReasonPhrase();
    };
  }
}
