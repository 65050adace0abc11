package org.quire.platform;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The RFC 9457 body of every API error.
 *
 * @param type always {@code about:blank}: the status says what kind of failure it is
 * @param errors the invalid fields, empty when the failure is not about a field
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

  public static Problem of(
      HttpStatus status, String detail, String instance, List<FieldError> errors) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.value(), detail, instance, errors);
  }

  public ResponseEntity<Problem> toResponse() {
    return ResponseEntity.status(status).contentType(MEDIA_TYPE).body(this);
  }
}
