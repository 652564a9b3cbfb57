package io.tropo4j.deploy;

/** A deploy that cannot go on, with one sentence that says why and what to do; never a stack trace. */
public final class DeployException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeployException(String message) {
    super(message);
  }

  public DeployException(String message, Throwable cause) {
    super(message, cause);
  }
}
