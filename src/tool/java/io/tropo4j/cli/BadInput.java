package io.tropo4j.cli;

/** Values given to a command that cannot be used: one sentence, exit status 1, nothing sent anywhere. */
final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInput(String message) {
    super(message);
  }
}
