package io.tropo4j.deploy.cloudformation;

/** A wait lasted as long as the command was told to wait; AWS goes on. Internal. */
public final class WaitTimedOut extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String stackName;
  private final String status;

  /**
   * @param doing what was waited for, e.g. "waiting for stack web"
   * @param stackName the stack waited for, or null
   * @param status its status when last seen, or null
   */
  public WaitTimedOut(String doing, String stackName, String status) {
    super(doing);
    this.stackName = stackName;
    this.status = status;
  }

  public String doing() {
    return getMessage();
  }

  public String stackName() {
    return stackName;
  }

  public String status() {
    return status;
  }
}
