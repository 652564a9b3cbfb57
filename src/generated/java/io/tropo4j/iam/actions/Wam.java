// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkSpaces Application Manager (prefix {@code wam}), as the service authorization reference lists them.
 */
public final class Wam {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "wam";

  /** {@code wam:AuthenticatePackager}: Write; on no resource type (give {@code *}). */
  public static final Action AUTHENTICATE_PACKAGER = Action.of(PREFIX, "AuthenticatePackager");

  private Wam() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
