package io.tropo4j.cli;

/** A command line that cannot be understood: shown as one line, exit status 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
