package org.quire.imports;

import java.util.List;
import org.quire.platform.ApiException;
import org.quire.platform.FieldError;
import org.springframework.http.HttpStatus;

/** Why a file cannot be imported, named against the {@code file} field. */
final class ImportException {
  private ImportException() {}

  /** 415: not a format Quire imports. */
  static ApiException unsupported(String message) {
    return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
  }

  /** 422: the right kind of file, but broken or empty. */
  static ApiException broken(String message) {
    return of(HttpStatus.UNPROCESSABLE_CONTENT, message);
  }

  /** 413: too large, or expands to too much. */
  static ApiException tooLarge(String message) {
    return of(HttpStatus.CONTENT_TOO_LARGE, message);
  }

  private static ApiException of(HttpStatus status, String message) {
    return new ApiException(status, "file: " + message, List.of(new FieldError("file", message)));
  }
}
