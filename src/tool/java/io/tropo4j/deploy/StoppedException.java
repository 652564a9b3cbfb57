package io.tropo4j.deploy;

import java.util.List;

/**
 * A command that stopped partway, interrupted, cut off from its endpoint or out of time, with what
 * AWS holds now. An empty {@link #holdings()} means AWS holds nothing the command changed.
 */
public final class StoppedException extends DeployException {
  private static final long serialVersionUID = 1L;

  public enum Why {
    /** The user interrupted it (Ctrl-C, SIGINT) or its thread was interrupted. */
    INTERRUPTED,
    /** The endpoint stopped answering. */
    ENDPOINT_LOST,
    /** It waited as long as it was told to. */
    TIMED_OUT
  }

  private final Why why;
  private final String doing;
  private final List<Holding> holdings;

  /**
   * @param doing what the command was doing when it stopped, e.g. "executing change set x of stack web"
   * @param cause the endpoint's failure, or null
   */
  public StoppedException(Why why, String doing, List<Holding> holdings, AwsCallException cause) {
    super(why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " while " + doing, cause);
    this.why = why;
    this.doing = doing;
    this.holdings = List.copyOf(holdings);
  }

  public Why why() {
    return why;
  }

  public String doing() {
    return doing;
  }

  public List<Holding> holdings() {
    return holdings;
  }

  /** The endpoint's failure, for {@link Why#ENDPOINT_LOST}. */
  public AwsCallException endpointFailure() {
    return getCause() instanceof AwsCallException e ? e : null;
  }
}
