package org.quire.platform;

import java.io.IOException;

/** Thrown while reading a request body that passes the named limit. */
final class PayloadTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  PayloadTooLargeException(long limit) {
    super("The request body is larger than the limit of " + limit + " bytes.");
  }
}
