package io.tropo4j.core;

import java.util.Objects;

/**
 * Where a stack of an {@link App} is deployed: an account and a region, either of which may be left to
 * the deployer's AWS settings (null). Two stacks share an environment when both are given alike.
 */
public record StackEnvironment(String account, String region) {
  /** The deployer's own account and region. */
  public static final StackEnvironment DEFAULT = new StackEnvironment(null, null);

  /** The deployer's account, in that region. */
  public static StackEnvironment region(String region) {
    return new StackEnvironment(null, Objects.requireNonNull(region, "region"));
  }

  /** That account, in that region. */
  public static StackEnvironment of(String account, String region) {
    return new StackEnvironment(Objects.requireNonNull(account, "account"), Objects.requireNonNull(region, "region"));
  }
}
