// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Application Discovery Arsenal (prefix {@code arsenal}), as the service authorization reference lists them.
 */
public final class Arsenal {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "arsenal";

  /** {@code arsenal:RegisterOnPremisesAgent}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_ON_PREMISES_AGENT = Action.of(PREFIX, "RegisterOnPremisesAgent");

  private Arsenal() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
