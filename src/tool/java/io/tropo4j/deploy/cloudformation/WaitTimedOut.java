package io.tropo4j.deploy.cloudformation;

/** A wait lasted as long as the command was told to wait; AWS goes on. Internal. */
public final class WaitTimedOut extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param doing what was waited for, e.g. "waiting for stack web" */
  public WaitTimedOut(String doing) {
    super(doing);
  }

  public String doing() {
    return getMessage();
  }
}
