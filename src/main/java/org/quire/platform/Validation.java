package org.quire.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Collects field errors so that a request reports every problem at once, then fails with 422. */
public final class Validation {
  private final List<FieldError> errors = new ArrayList<>();

  /** Records {@code message} against {@code field} unless {@code ok}. */
  public Validation check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public Validation add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** Throws a 422 listing every recorded error, if any. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      String detail =
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : "The request has " + errors.size() + " invalid fields.";
      throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, detail, errors);
    }
  }
}
