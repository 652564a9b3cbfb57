// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Verified Access (prefix {@code verified-access}), as the service authorization reference lists them.
 */
public final class VerifiedAccess {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "verified-access";

  /** {@code verified-access:AllowVerifiedAccess}: Write; on no resource type (give {@code *}). */
  public static final Action ALLOW_VERIFIED_ACCESS = Action.of(PREFIX, "AllowVerifiedAccess");

  private VerifiedAccess() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
