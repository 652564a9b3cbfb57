// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS PrivateLink (prefix {@code vpce}), as the service authorization reference lists them.
 */
public final class Vpce {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "vpce";

  /** {@code vpce:AllowMultiRegion}: Write; on vpc-endpoint, vpc-endpoint-service. */
  public static final Action ALLOW_MULTI_REGION = Action.of(PREFIX, "AllowMultiRegion");

  private Vpce() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
