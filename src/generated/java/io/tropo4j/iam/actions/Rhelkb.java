// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon RHEL Knowledgebase Portal (prefix {@code rhelkb}), as the service authorization reference lists them.
 */
public final class Rhelkb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rhelkb";

  /** {@code rhelkb:GetRhelURL}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RHEL_URL = Action.of(PREFIX, "GetRhelURL");

  private Rhelkb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
