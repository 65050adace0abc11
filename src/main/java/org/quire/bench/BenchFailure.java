package org.quire.bench;

/**
 * Stops the benchmark with a message for the person running it and the process's exit code: 2 for a
 * wrong command line or a data directory it must not touch, 1 when a check or measurement fails.
 */
final class BenchFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  BenchFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  BenchFailure(String message, Throwable cause) {
    super(message, cause);
    this.exitCode = 1;
  }

  int exitCode() {
    return exitCode;
  }
}
