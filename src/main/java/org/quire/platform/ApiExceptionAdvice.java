package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every failure inside an API controller into {@code application/problem+json}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Problem> handleApi(ApiException e, HttpServletRequest request) {
    ResponseEntity<Problem> response =
        Problem.of(e.status(), e.getMessage(), request.getRequestURI(), e.errors()).toResponse();
    if (e instanceof RateLimitedException limited) {
      return ResponseEntity.status(response.getStatusCode())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
          .contentType(Problem.MEDIA_TYPE)
          .body(response.getBody());
    }
    return response;
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Problem> handleConflict(
      DataIntegrityViolationException e, HttpServletRequest request) {
    // A unique index caught a race that the service's own check could not see.
    log.debug("Integrity violation", e);
    if (isUnstorableText(e)) {
      return Problem.of(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "The text contains a character that cannot be stored (such as NUL).",
              request.getRequestURI(),
              List.of())
          .toResponse();
    }
    return Problem.of(
            HttpStatus.CONFLICT,
            "This conflicts with something that already exists.",
            request.getRequestURI(),
            List.of())
        .toResponse();
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Problem> handleUnexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return Problem.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side.",
            request.getRequestURI(),
            List.of())
        .toResponse();
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    StoredTextModule.Refused refused = causeOf(e, StoredTextModule.Refused.class);
    if (refused != null) {
      return problem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          refused.field() + ": " + refused.problem(),
          List.of(new FieldError(refused.field(), refused.problem())),
          request);
    }
    PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), List.of(), request);
    }
    UnrecognizedPropertyException unknown = causeOf(e, UnrecognizedPropertyException.class);
    if (unknown != null) {
      String field = unknown.getPropertyName();
      return problem(
          HttpStatus.BAD_REQUEST,
          "Unknown field '" + field + "'.",
          List.of(new FieldError(field, "is not a known field")),
          request);
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON of the expected shape.",
        List.of(),
        request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors = new ArrayList<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(
            f -> errors.add(new FieldError(f.getField(), String.valueOf(f.getDefaultMessage()))));
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.", errors, request);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    HttpStatus status = HttpStatus.valueOf(statusCode.value());
    String detail = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
    if (e instanceof org.springframework.web.ErrorResponse response) {
      String responseDetail = response.getBody().getDetail();
      if (responseDetail != null) {
        detail = responseDetail;
      }
    }
    ResponseEntity<Object> problem = problem(status, detail, List.of(), request);
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(Problem.MEDIA_TYPE)
        .body(problem.getBody());
  }

  private static ResponseEntity<Object> problem(
      HttpStatus status, String detail, List<FieldError> errors, WebRequest request) {
    String path =
        request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
    return ResponseEntity.status(status)
        .contentType(Problem.MEDIA_TYPE)
        .body(Problem.of(status, detail, path, errors));
  }

  /** A value PostgreSQL cannot store, such as a NUL the driver refuses to send. */
  static boolean isUnstorableText(Throwable e) {
    java.sql.SQLException sql = causeOf(e, java.sql.SQLException.class);
    return sql != null && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()));
  }

  private static <T extends Throwable> @Nullable T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
