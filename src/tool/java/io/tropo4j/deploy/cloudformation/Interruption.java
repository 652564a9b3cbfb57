package io.tropo4j.deploy.cloudformation;

/**
 * The command's thread was interrupted (the user pressed Ctrl-C): thrown where it noticed, to unwind
 * to the deployer, which then says what AWS holds. The thread's interrupt flag is cleared, so that
 * what the deployer still asks AWS for its answer is not aborted in turn. Internal.
 */
public final class Interruption extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param doing what was under way, e.g. "waiting for stack web" */
  public Interruption(String doing) {
    super(doing);
    Thread.interrupted();
  }

  public String doing() {
    return getMessage();
  }
}
