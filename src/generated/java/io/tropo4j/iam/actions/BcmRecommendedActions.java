// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Billing And Cost Management Recommended Actions (prefix {@code bcm-recommended-actions}), as the service authorization reference lists them.
 */
public final class BcmRecommendedActions {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bcm-recommended-actions";

  /** {@code bcm-recommended-actions:ListRecommendedActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDED_ACTIONS = Action.of(PREFIX, "ListRecommendedActions");

  private BcmRecommendedActions() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
