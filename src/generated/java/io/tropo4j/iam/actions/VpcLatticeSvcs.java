// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon VPC Lattice Services (prefix {@code vpc-lattice-svcs}), as the service authorization reference lists them.
 */
public final class VpcLatticeSvcs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "vpc-lattice-svcs";

  /** {@code vpc-lattice-svcs:Connect}: Write; on TCP Service. */
  public static final Action CONNECT = Action.of(PREFIX, "Connect");

  /** {@code vpc-lattice-svcs:Invoke}: Write; on Service. */
  public static final Action INVOKE = Action.of(PREFIX, "Invoke");

  private VpcLatticeSvcs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
