package org.quire.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that services raise and that the web layer shows as a 4xx: problem+json for the API, a
 * message (beside the field where there is one) on pages.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final transient List<FieldError> errors;

  public ApiException(HttpStatus status, String detail) {
    this(status, detail, List.of());
  }

  public ApiException(HttpStatus status, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** 404: missing, or not visible to this caller (never a leak of what exists). */
  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, what + " not found");
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, detail);
  }

  public static ApiException conflict(String field, String message) {
    return new ApiException(
        HttpStatus.CONFLICT, field + " " + message + ".", List.of(new FieldError(field, message)));
  }

  /** 422 for one field. */
  public static ApiException invalid(String field, String message) {
    return new ApiException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(HttpStatus.UNAUTHORIZED, detail);
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, detail);
  }
}
